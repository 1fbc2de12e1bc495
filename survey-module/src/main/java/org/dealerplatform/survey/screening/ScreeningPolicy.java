package org.dealerplatform.survey.screening;

/**
 * The association's screening thresholds (MicroProfile Config, see the README):
 * minimum answering time, the quick-and-top-scores time, the repeat window for devices and phone
 * numbers, and the burst rule (more than {@code burstCount} samples from one address for one shop
 * within {@code burstMinutes}).
 */
public record ScreeningPolicy(int minSeconds, int straightLineSeconds, int repeatDays, int burstCount,
                              int burstMinutes) {

    public static ScreeningPolicy defaults() {
        return new ScreeningPolicy(20, 45, 30, 5, 10);
    }
}
