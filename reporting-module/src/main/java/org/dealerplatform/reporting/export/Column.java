package org.dealerplatform.reporting.export;

import java.util.Locale;
import java.util.function.Function;

/** One exported column: its header in both languages and how to get the cell from a row. */
public record Column<R>(String headerZh, String headerEn, Function<R, ?> value) {

    public String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? headerEn : headerZh;
    }
}
