package org.dealerplatform.alerts.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.dealerplatform.core.mail.MailSettings;

/**
 * Alert mail settings, each an environment variable of the same name (README). The worker interval
 * plus the scan interval is how long a shop manager waits at most for the mail; tests shorten both.
 */
@ApplicationScoped
public class AlertMailSettings {

    @Inject
    @ConfigProperty(name = "ALERTS_MAIL_SECONDS", defaultValue = "5")
    int mailSeconds;

    @Inject
    @ConfigProperty(name = "ALERTS_MAIL_RETRY_SECONDS", defaultValue = "60")
    int retrySeconds;

    /** How long a node may hold a row in SENDING before another takes it back (it died). */
    @Inject
    @ConfigProperty(name = "ALERTS_MAIL_LEASE_SECONDS", defaultValue = "120")
    int leaseSeconds;

    /** How long a sent (or finally failed) mail stays in the outbox before it is deleted. */
    @Inject
    @ConfigProperty(name = "ALERTS_MAIL_KEEP_DAYS", defaultValue = "90")
    int keepDays;

    /** The daily digest's time, Beijing time. */
    @Inject
    @ConfigProperty(name = "ALERTS_DIGEST_TIME", defaultValue = "08:00")
    String digestTime;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    Optional<String> publicBaseUrl;

    @Inject
    Config config;

    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, mailSeconds));
    }

    public RetryPolicy retry() {
        return RetryPolicy.startingAfter(Duration.ofSeconds(Math.max(1, retrySeconds)));
    }

    public Duration keepFinished() {
        return Duration.ofDays(Math.max(1, keepDays));
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    public DigestSchedule digest() {
        return new DigestSchedule(LocalTime.parse(digestTime.strip()), DigestSchedule.BEIJING);
    }

    /** Links in mail point here; the local default when the installation set none. */
    public String baseUrl() {
        return publicBaseUrl.map(String::strip).filter(s -> !s.isEmpty()).orElse("http://localhost:8080");
    }

    /** The platform's SMTP settings ({@code MAIL_HOST}, {@code MAIL_FROM}, ...), as the reports use them. */
    public MailSettings mail() {
        return MailSettings.from(key -> config.getOptionalValue(
                key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), String.class).orElse(null));
    }
}
