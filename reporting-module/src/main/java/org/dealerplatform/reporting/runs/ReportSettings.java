package org.dealerplatform.reporting.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.dealerplatform.core.mail.MailSettings;
import org.dealerplatform.reporting.outbox.Backoff;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reporting module's settings, each an environment variable of the same name (README).
 * The worker interval and the first retry wait are settings so the tests can run a month in
 * seconds; production keeps the defaults.
 */
@ApplicationScoped
public class ReportSettings {

    /** The association's calendar: months and the monthly schedule are Beijing time. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    @ConfigProperty(name = "REPORTS_WORKER_SECONDS", defaultValue = "30")
    int workerSeconds;

    @Inject
    @ConfigProperty(name = "REPORTS_DAY_OF_MONTH", defaultValue = "2")
    int dayOfMonth;

    @Inject
    @ConfigProperty(name = "REPORTS_TIME", defaultValue = "08:00")
    String time;

    @Inject
    @ConfigProperty(name = "REPORTS_RETRY_FIRST_SECONDS", defaultValue = "60")
    long retryFirstSeconds;

    /** How long a node may hold a row in SENDING before another node takes it back (it died). */
    @Inject
    @ConfigProperty(name = "REPORTS_LEASE_SECONDS", defaultValue = "600")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    Optional<String> publicBaseUrl;

    @Inject
    Config config;

    public Duration workerInterval() {
        return Duration.ofSeconds(Math.max(1, workerSeconds));
    }

    public MonthlySchedule schedule() {
        return new MonthlySchedule(dayOfMonth, LocalTime.parse(time.strip()), BEIJING);
    }

    public Backoff backoff() {
        Duration first = Duration.ofSeconds(Math.max(1, retryFirstSeconds));
        Duration cap = first.compareTo(Duration.ofHours(1)) > 0 ? first : Duration.ofHours(1);
        return new Backoff(first, cap, Backoff.STANDARD.jitter(), Backoff.STANDARD.maxAttempts(),
                Backoff.STANDARD.giveUpAfter());
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(30, leaseSeconds));
    }

    /** The configured public address, if any; runs started by a request fall back to its address. */
    public Optional<String> publicBaseUrl() {
        return publicBaseUrl.map(String::strip).filter(s -> !s.isEmpty()).map(ReportSettings::withoutSlash);
    }

    /**
     * SMTP settings from {@code MAIL_HOST}, {@code MAIL_PORT}, {@code MAIL_STARTTLS}, {@code MAIL_USER},
     * {@code MAIL_PASSWORD}, {@code MAIL_FROM}, {@code MAIL_FROM_NAME}, {@code MAIL_TIMEOUT_SECONDS}:
     * the names production sets in its environment and the test stack passes as properties.
     */
    public MailSettings mail() {
        return MailSettings.from(key -> config.getOptionalValue(
                key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), String.class).orElse(null));
    }

    static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
