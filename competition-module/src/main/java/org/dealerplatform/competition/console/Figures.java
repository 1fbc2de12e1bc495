package org.dealerplatform.competition.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dealerplatform.competition.season.Season;

/** How the competition pages print figures ({@code $fig}): the standings' precision, a dash for "none". */
public class Figures {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Season.BEIJING);

    /** A score at the published precision (two decimals). */
    public String score(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A margin of error: "± 1.23". */
    public String margin(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "± %.2f", value);
    }

    /** An adjustment by shrinkage, with its sign. */
    public String signed(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%+.2f", value);
    }

    /** A probability or share (0–1) as a percentage with one decimal: 0.4567 → "45.7 %". */
    public String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** A weight or rule share (0–1) as a short percentage: 0.3 → "30 %", 0.125 → "12.5 %". */
    public String share(double value) {
        double percent = Math.round(value * 1000) / 10.0;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + " %";
    }

    /** A weight (0–1) as typed in forms: 0.3 → "0.3", 0.25 → "0.25". */
    public String weight(double value) {
        return plain(value);
    }

    public static String plain(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A point in time in Beijing time, to the minute. */
    public String time(Instant at) {
        return at == null ? "—" : MINUTES.format(at);
    }

    /** The same for an ISO-8601 instant held as text (frozen standings). */
    public String isoTime(String iso) {
        if (iso == null || iso.isBlank()) {
            return "—";
        }
        try {
            return MINUTES.format(Instant.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
