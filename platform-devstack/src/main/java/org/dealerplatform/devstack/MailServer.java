package org.dealerplatform.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the local run and the integration tests: GreenMail standalone in its own
 * JVM, on 127.0.0.1, without authentication, accepting mail for every recipient. What it received
 * is read through its HTTP API ({@link #url()}, {@link #messagesFor(String)}).
 * <p>
 * The SMTP port the platform is given is a {@link TcpProxy} in front of GreenMail's own port, so a
 * test can take SMTP away ({@link #stopSmtp()}: connections refused, as with a dead server) and
 * bring it back on the same port ({@link #startSmtp()}) while the mail received before stays
 * readable. Restarting the GreenMail process instead would empty its in-memory mailboxes, and a
 * test of retries must still see whether anything was delivered twice.
 */
public final class MailServer extends LocalServer {

    /** The sender the platform is configured with in the local run and the tests. */
    public static final String SENDER = "reports@dealer-platform.local";
    public static final String SENDER_NAME = "服务质量报告";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final TcpProxy smtp;
    private final MailInbox inbox;

    private MailServer(int apiPort, ChildProcess process, TcpProxy smtp) {
        super(apiPort, process);
        this.smtp = smtp;
        this.inbox = new MailInbox(url());
    }

    /** SMTP and the HTTP API on the given ports (the local run uses 3025 and 8025). */
    public static MailServer start(int smtpPort, int apiPort, Path logFile) {
        // a port held by something else (say another local run's GreenMail) would answer the
        // readiness probe for us; refuse clearly instead
        requireFree(apiPort);
        int greenMailSmtpPort = FreePorts.find();
        TcpProxy smtp = TcpProxy.start(LOOPBACK, greenMailSmtpPort, smtpPort);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", // mail stays in memory: a month of 1,000 reports is ~250 MB
                "-Dgreenmail.smtp.hostname=" + LOOPBACK, "-Dgreenmail.smtp.port=" + greenMailSmtpPort,
                "-Dgreenmail.api.hostname=" + LOOPBACK, "-Dgreenmail.api.port=" + apiPort,
                // any sender, any recipient: a mailbox is made at the first delivery to an address
                "-Dgreenmail.auth.disabled",
                // the 1 s default is too short on a two-core machine busy with Payara and Keycloak
                "-Dgreenmail.startup.timeout=30000",
                "-jar", DevstackPaths.greenMailJar().toString());
        ChildProcess process;
        try {
            process = ChildProcess.start("greenmail", command, Map.of(), logFile.toAbsolutePath().getParent(),
                    logFile, false);
        } catch (RuntimeException e) {
            smtp.close();
            throw e;
        }
        MailServer server = new MailServer(apiPort, process, smtp);
        try {
            HttpProbe.awaitOk(server.url() + "/api/service/readiness", START_TIMEOUT, process);
            awaitGreeting(smtpPort, Instant.now().plus(START_TIMEOUT), process);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /**
     * On free ports. The SMTP port lies outside the ephemeral range because tests switch it off
     * and on (see {@link FreePorts#findOutsideEphemeralRange()}).
     */
    public static MailServer startForTests(Path logFile) {
        return start(FreePorts.findOutsideEphemeralRange(), FreePorts.find(), logFile);
    }

    public int smtpPort() {
        return smtp.port();
    }

    /** Nothing listens on the SMTP port any more and open SMTP connections are cut; mail received stays. */
    public void stopSmtp() {
        smtp.disable();
    }

    /** Listens again on the same SMTP port. */
    public void startSmtp() {
        smtp.enable();
    }

    public boolean isSmtpRunning() {
        return smtp.isEnabled();
    }

    /** The messages in the address's inbox, oldest first; none for an address that never got mail. */
    public List<MailMessage> messagesFor(String address) {
        return inbox.messagesFor(address);
    }

    /** Waits until the address has at least {@code count} messages (sending is asynchronous), then returns them all. */
    public List<MailMessage> awaitMessagesFor(String address, int count, Duration timeout) {
        return inbox.awaitMessagesFor(address, count, timeout);
    }

    /** Deletes every message in every mailbox, so a test starts from empty inboxes. */
    public void purge() {
        inbox.purge();
    }

    /** The API address that lists an inbox as JSON, for people to open in a browser or with curl. */
    public String inboxUrl(String address) {
        return url() + "/api/user/" + address + "/messages/INBOX";
    }

    /** How the platform reaches this server: the MAIL_* settings it reads (MicroProfile Config names as env vars). */
    public Map<String, String> platformConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("MAIL_HOST", LOOPBACK);
        config.put("MAIL_PORT", Integer.toString(smtpPort()));
        // plain SMTP on loopback: GreenMail offers no STARTTLS, and there is nothing to protect
        config.put("MAIL_STARTTLS", "none");
        config.put("MAIL_FROM", SENDER);
        config.put("MAIL_FROM_NAME", SENDER_NAME);
        return config;
    }

    public Path logFile() {
        return process.logFile();
    }

    @Override
    public synchronized void stop() {
        smtp.close();
        super.stop();
    }

    @Override
    public String toString() {
        return "GreenMail, SMTP on " + LOOPBACK + ":" + smtpPort() + ", API on " + url();
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
        } catch (IOException e) {
            throw new UncheckedIOException("port " + port + " is in use; the mail server cannot take it", e);
        }
    }

    /**
     * The readiness API says GreenMail runs; a 220 greeting read through the proxy proves the
     * whole path the platform will use.
     */
    private static void awaitGreeting(int port, Instant deadline, ChildProcess process) {
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.failure("stopped before SMTP answered", 40));
            }
            try (Socket socket = new Socket(LOOPBACK, port)) {
                socket.setSoTimeout(2000);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                String greeting = in.readLine();
                if (greeting != null && greeting.startsWith("220")) {
                    OutputStream out = socket.getOutputStream();
                    out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return;
                }
            } catch (IOException notYet) {
                // GreenMail's SMTP port is not open yet; the proxy then closes the connection
            }
            HttpProbe.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(process.failure("gave no SMTP greeting on port " + port, 40));
    }
}
