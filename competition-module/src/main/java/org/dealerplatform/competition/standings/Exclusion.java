package org.dealerplatform.competition.standings;

import java.util.List;
import java.util.Locale;

/** One reason an entry is not ranked, with the figures that fill its sentence (as published text). */
public record Exclusion(Reason reason, List<String> figures) {

    public Exclusion {
        figures = List.copyOf(figures);
    }

    public static Exclusion of(Reason reason, Object... figures) {
        return new Exclusion(reason, java.util.Arrays.stream(figures).map(String::valueOf).toList());
    }

    public String text(Locale locale) {
        return reason.text(locale, figures.toArray());
    }
}
