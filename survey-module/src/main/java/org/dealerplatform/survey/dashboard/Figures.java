package org.dealerplatform.survey.dashboard;

import java.util.Locale;

/** How the dashboards print figures ({@code $fig} in templates): one decimal, a dash for "no data". */
public class Figures {

    public String score(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    public String nps(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.0f", value);
    }

    /** A weight (0-1) as a percentage: 0.2 → "20 %", 0.125 → "12.5 %". */
    public String percent(Double weight) {
        if (weight == null) {
            return "–";
        }
        double percent = Math.round(weight * 1000) / 10.0;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + " %";
    }

    public String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
