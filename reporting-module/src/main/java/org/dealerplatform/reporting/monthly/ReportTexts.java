package org.dealerplatform.reporting.monthly;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.i18n.Messages;

/**
 * The report's texts in one language ({@code i18n/reports}, Chinese by default) and its number
 * formats: one decimal, ASCII digits, an explicit sign on changes; "—" where a figure does not exist.
 */
public final class ReportTexts {

    public static final String MISSING = "—";

    private final Messages messages;

    public ReportTexts(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.CHINESE;
        this.messages = new Messages(language, List.of("reports"), ReportTexts.class.getClassLoader());
    }

    /** The text of {@code key}; arguments are inserted with {@link java.text.MessageFormat}, already formatted. */
    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public Locale locale() {
        return messages.locale();
    }

    public boolean english() {
        return "en".equals(messages.language());
    }

    /** The {@code lang} attribute of the documents. */
    public String htmlLanguage() {
        return english() ? "en" : "zh-CN";
    }

    public String month(YearMonth month) {
        return english()
                ? month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear()
                : month.getYear() + "年" + month.getMonthValue() + "月";
    }

    public static String score(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : MISSING;
    }

    /** "+1.2", "-0.4", "0.0": the sign says the direction at a glance. */
    public static String signed(OptionalDouble value) {
        if (value.isEmpty()) {
            return MISSING;
        }
        double v = value.getAsDouble();
        return v == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", v);
    }

    public static String integer(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.0f", value.getAsDouble()) : MISSING;
    }
}
