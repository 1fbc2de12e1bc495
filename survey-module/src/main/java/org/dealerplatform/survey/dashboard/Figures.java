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

    public String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
