package org.dealerplatform.core.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.dealerplatform.core.i18n.Messages;

/**
 * {@link AlertFigures} as printed, in one language (core's bundle, {@code alertFigures.*}): the same
 * labels, order and number formats on the dashboards, in the reports and on the alerts pages.
 * Shares with one decimal and a percent sign, the median in hours with one decimal, "—" where a
 * figure does not exist. Either layout: figures as rows ({@link #table}) or as columns
 * ({@link #labels} with {@link #values}).
 */
public final class AlertFigureTexts {

    public static final String MISSING = "—";

    private final Messages texts;

    public AlertFigureTexts(Locale locale) {
        this.texts = new Messages(locale, List.of("core"), AlertFigureTexts.class.getClassLoader());
    }

    /** A column of a {@link #table}: whose figures, over which months. */
    public record Column(String heading, AlertFigures figures) {
    }

    /** One figure across the columns. {@code code} is stable (page ids, tests). */
    public record Row(String code, String label, List<String> values) {
    }

    /** Figures as rows, one column per scope or period; {@code note} says what they mean in one sentence. */
    public record Table(String heading, String figureColumn, List<String> columns, List<Row> rows, String note) {
    }

    /** The template that prints a {@link Table} given as {@code $alertTable}, for any module's pages and PDFs. */
    public static final String TEMPLATE = "templates/core/alert-figures.vm";

    public static final List<String> CODES = List.of("alerts", "share-alerting", "median-first-contact",
            "share-resolved", "overdue");

    public String heading() {
        return texts.get("alertFigures.heading");
    }

    public String note() {
        return texts.get("alertFigures.note");
    }

    public String text(String key, Object... args) {
        return texts.get(key, args);
    }

    public List<String> labels() {
        return CODES.stream().map(code -> texts.get("alertFigures." + code)).toList();
    }

    public List<String> values(AlertFigures f) {
        return List.of(Long.toString(f.alerts()), percent(f.shareAlerting()),
                f.medianTimeToFirstContact().map(this::hours).orElse(MISSING), percent(f.shareResolved()),
                Long.toString(f.overdueNow()));
    }

    public Table table(List<Column> columns) {
        List<List<String>> values = columns.stream().map(c -> values(c.figures())).toList();
        List<String> labels = labels();
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < CODES.size(); i++) {
            int figure = i;
            rows.add(new Row(CODES.get(i), labels.get(i), values.stream().map(v -> v.get(figure)).toList()));
        }
        return new Table(heading(), texts.get("alertFigures.figure"), columns.stream().map(Column::heading).toList(), rows, note());
    }

    /** "66.7%": one decimal, as the scores are shown. */
    public static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f%%", share.getAsDouble() * 100) : MISSING;
    }

    /** "6.0 小时" / "6.0 h": hours with one decimal, because the service level speaks hours. */
    public String hours(Duration d) {
        return texts.get("alertFigures.hours", String.format(Locale.ROOT, "%.1f", d.toSeconds() / 3600.0));
    }
}
