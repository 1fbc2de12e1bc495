package org.dealerplatform.reporting.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.dealerplatform.reporting.runs.ReportSettings;

/** Times on these pages are Beijing time, like the schedule that sends the reports. */
public final class ConsoleTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ReportSettings.BEIJING);

    private ConsoleTimes() {
    }

    public static String of(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }
}
