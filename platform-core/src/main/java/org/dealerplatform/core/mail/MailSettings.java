package org.dealerplatform.core.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where and as whom the platform sends mail. Built from plain configuration values so it can be
 * fed by MicroProfile Config (env var {@code MAIL_HOST} → {@code mail.host}) or by a test.
 *
 * @param timeout used for connect, read and write alike: a dead or stalled server must give the
 *                sending thread back within seconds, never hang it (Jakarta Mail's default is to
 *                wait forever)
 */
public record MailSettings(String host, int port, StartTls startTls, String user, String password,
                           MailAddress sender, String senderName, Duration timeout) {

    /** How the connection is secured. Port 465 (implicit TLS) is not offered: submission on 587 with STARTTLS is the norm. */
    public enum StartTls {
        /** Plain text; only for a relay on the same host or the local test server. */
        NONE,
        /** Upgrade when the server offers it. */
        OPTIONAL,
        /** Refuse to send unless the connection is upgraded; the server's certificate and name are checked. */
        REQUIRED
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public MailSettings {
        if (host == null || host.isBlank() || HeaderText.oneLine(host).length() != host.length()) {
            throw new IllegalArgumentException("mail host missing or malformed");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("mail port out of range");
        }
        if (startTls == null || sender == null) {
            throw new IllegalArgumentException("STARTTLS mode and sender are required");
        }
        user = user == null || user.isBlank() ? null : user;
        if (user != null && password == null) {
            throw new IllegalArgumentException("mail user given without a password");
        }
        senderName = HeaderText.oneLine(senderName);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero() || timeout.toMinutes() > 5) {
            throw new IllegalArgumentException("mail timeout must be between 1 ms and 5 min");
        }
    }

    /**
     * Reads {@code mail.host}, {@code mail.port} (587), {@code mail.starttls} (none, optional,
     * required; default required), {@code mail.user}, {@code mail.password}, {@code mail.from},
     * {@code mail.from-name} and {@code mail.timeout-seconds} (10). A missing key yields null.
     */
    public static MailSettings from(UnaryOperator<String> config) {
        String port = config.apply("mail.port");
        String tls = config.apply("mail.starttls");
        String seconds = config.apply("mail.timeout-seconds");
        return new MailSettings(
                config.apply("mail.host"),
                port == null ? 587 : Integer.parseInt(port.strip()),
                tls == null ? StartTls.REQUIRED : StartTls.valueOf(tls.strip().toUpperCase(Locale.ROOT)),
                config.apply("mail.user"),
                config.apply("mail.password"),
                MailAddress.of(config.apply("mail.from")),
                config.apply("mail.from-name"),
                seconds == null ? DEFAULT_TIMEOUT : Duration.ofSeconds(Long.parseLong(seconds.strip())));
    }

    /** A session for SMTP with these settings; cheap, but meant to be built once and shared. */
    public Session newSession() {
        Properties props = new Properties();
        String millis = Long.toString(timeout.toMillis());
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        props.put("mail.smtp.from", sender.value());
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls != StartTls.NONE));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls == StartTls.REQUIRED));
        props.put("mail.smtp.ssl.checkserveridentity", "true");
        if (user == null) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        String name = user;
        String secret = password;
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, secret);
            }
        });
    }

    /** Never prints the password: settings end up in logs. */
    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", starttls=" + startTls + ", user=" + user
                + ", sender=" + sender + "]";
    }
}
