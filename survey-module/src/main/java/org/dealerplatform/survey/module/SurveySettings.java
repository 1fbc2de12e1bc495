package org.dealerplatform.survey.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.dealerplatform.survey.retention.HashRetention;
import org.dealerplatform.survey.screening.ScreeningPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The survey module's settings (MicroProfile Config: system properties or environment variables).
 * Months are counted in the association's time zone, so a sample at 00:30 Beijing time on the
 * 1st belongs to the new month.
 */
@ApplicationScoped
public class SurveySettings {

    @Inject
    @ConfigProperty(name = "SURVEY_MIN_SECONDS", defaultValue = "20")
    int minSeconds;

    @Inject
    @ConfigProperty(name = "SURVEY_STRAIGHT_LINE_SECONDS", defaultValue = "45")
    int straightLineSeconds;

    @Inject
    @ConfigProperty(name = "SURVEY_REPEAT_DAYS", defaultValue = "30")
    int repeatDays;

    @Inject
    @ConfigProperty(name = "SURVEY_BURST_COUNT", defaultValue = "5")
    int burstCount;

    @Inject
    @ConfigProperty(name = "SURVEY_BURST_MINUTES", defaultValue = "10")
    int burstMinutes;

    @Inject
    @ConfigProperty(name = "SURVEY_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String zone;

    /** The competition's default shop minimum: below it a mean says too little to be ranked. */
    @Inject
    @ConfigProperty(name = "SURVEY_GROUP_RANK_MIN_SAMPLES", defaultValue = "50")
    int groupRankMinSamples;

    /** How often each node sweeps hashes past their screening window (HashSweeper); tests shorten it. */
    @Inject
    @ConfigProperty(name = "SURVEY_HASH_SWEEP_SECONDS", defaultValue = "600")
    int hashSweepSeconds;

    /** Kept beyond the window for clocks of several nodes and transactions in flight. */
    @Inject
    @ConfigProperty(name = "SURVEY_HASH_MARGIN_MINUTES", defaultValue = "60")
    int hashMarginMinutes;

    public ScreeningPolicy policy() {
        return new ScreeningPolicy(minSeconds, straightLineSeconds, repeatDays, burstCount, burstMinutes);
    }

    public HashRetention hashRetention() {
        return new HashRetention(policy(), Duration.ofMinutes(Math.max(0, hashMarginMinutes)));
    }

    public Duration hashSweepInterval() {
        return Duration.ofSeconds(Math.max(1, hashSweepSeconds));
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Valid samples in the period a dealer group needs to be ranked among groups (docs/METHODOLOGY.md). */
    public int groupRankMinSamples() {
        return groupRankMinSamples;
    }
}
