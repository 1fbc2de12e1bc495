package org.dealerplatform.reporting.monthly;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.dealerplatform.core.alerts.AlertFigureTexts;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Headline;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Standing;
import org.dealerplatform.reporting.render.InlineImage;

/**
 * The report in one language as ready-made strings, so the three templates (HTML, text, PDF) say
 * exactly the same thing and hold no logic beyond loops and "if present". Values are NOT escaped
 * here: the markup templates escape every value they print.
 */
public record MonthlyReportView(String lang, String subject, String title, String shopName, String groupName,
                                String brand, String month, boolean hasSamples, String score, String margin,
                                String samples, String change, String versus, String noSamples,
                                List<String> focus, String focusNone, List<DimensionLine> dimensions, String nps,
                                String npsDetail, InlineImage trendChart, String trendAlt, InlineImage dimensionChart,
                                String dimensionAlt, String standing, List<AdvisorLine> advisors,
                                List<CommentLine> comments, String screening, List<ReasonLine> reasons,
                                String consoleUrl, String unsubscribeUrl, AlertFigureTexts.Table alerts) {

    public record DimensionLine(String label, String shop, String group, String nation, String gap, boolean behind) {
    }

    public record AdvisorLine(String name, String score, String samples, String nps) {
    }

    public record CommentLine(String date, String score, String text) {
    }

    public record ReasonLine(String label, String samples) {
    }

    public static MonthlyReportView of(ShopMonthReport r, ReportTexts t, Links links, InlineImage trend,
                                       InlineImage dimensionChart) {
        Headline h = r.headline();
        String month = t.month(r.month());
        return new MonthlyReportView(t.htmlLanguage(), Subjects.of(r, t), t.get("report.title"), r.shop().name(),
                r.groupName(), r.shop().brandName(t.locale()), month, r.hasSamples(),
                ReportTexts.score(h.shop().mean()),
                h.shop().margin().isPresent() ? "±" + ReportTexts.score(h.shop().margin()) : "",
                t.get("headline.samples", String.valueOf(h.shop().validSamples())),
                h.changeFromPreviousMonth().isPresent()
                        ? t.get("headline.change", ReportTexts.signed(h.changeFromPreviousMonth()))
                        : t.get("headline.change.none"),
                t.get("headline.versus", ReportTexts.score(h.group().mean()), ReportTexts.score(h.nation().mean())),
                t.get("headline.noSamples"),
                FocusWording.sentences(r.focus(), t), r.hasSamples() ? t.get("focus.none") : t.get("focus.noSamples"),
                dimensions(r, t), ReportTexts.integer(h.nps().value()), npsDetail(h.nps(), t),
                trend, t.get("chart.trend.alt"), dimensionChart, t.get("chart.dimensions.alt"),
                r.standing().map(s -> standing(s, t)).orElse(null), advisors(r, t), comments(r),
                t.get("screening.summary", String.valueOf(r.screening().valid()),
                        String.valueOf(r.screening().suspect()), String.valueOf(r.screening().invalid())),
                r.screening().reasons().stream()
                        .map(x -> new ReasonLine(x.label().in(t.locale()), String.valueOf(x.samples()))).toList(),
                links.console(), links.unsubscribe(), r.alerts().map(a -> alerts(a, r, t)).orElse(null));
    }

    /** The month, the year to date and the nation's month, as core prints alert figures everywhere. */
    private static AlertFigureTexts.Table alerts(ShopMonthReport.Alerts a, ShopMonthReport r, ReportTexts t) {
        AlertFigureTexts texts = new AlertFigureTexts(t.locale());
        List<AlertFigureTexts.Column> columns = new java.util.ArrayList<>(List.of(
                new AlertFigureTexts.Column(texts.text("alertFigures.month"), a.month()),
                new AlertFigureTexts.Column(texts.text("alertFigures.yearToDate"), a.yearToDate())));
        if (a.nationMonth() != null) {
            columns.add(new AlertFigureTexts.Column(texts.text("alertFigures.nation"), a.nationMonth()));
        }
        return texts.table(columns);
    }

    private static List<DimensionLine> dimensions(ShopMonthReport r, ReportTexts t) {
        return r.dimensions().stream().map(d -> {
            OptionalDouble gap = d.gapToNation();
            return new DimensionLine(d.dimension().label(t.locale()), ReportTexts.score(d.shop()),
                    ReportTexts.score(d.group()), ReportTexts.score(d.nation()), ReportTexts.signed(gap),
                    gap.isPresent() && gap.getAsDouble() < 0);
        }).toList();
    }

    private static String npsDetail(ShopMonthReport.Nps nps, ReportTexts t) {
        return nps.answers() == 0 ? t.get("nps.none")
                : t.get("nps.detail", String.valueOf(nps.promoters()), String.valueOf(nps.passives()),
                        String.valueOf(nps.detractors()), String.valueOf(nps.answers()));
    }

    /**
     * The distance keeps the competition's two decimals: the standings page shows the cutoff and
     * the score at two, and at one a shop 0.04 behind would read "0.0 points short".
     */
    private static String standing(Standing s, ReportTexts t) {
        String place = t.get("standing.place", s.season(), String.valueOf(s.rank()), String.valueOf(s.entrants()));
        String award = s.inAwardPlaces()
                ? t.get(s.frozen() ? "standing.inAward.frozen" : "standing.inAward", String.valueOf(s.awardPlaces()))
                : t.get("standing.behind", String.valueOf(s.awardPlaces()),
                        String.format(Locale.ROOT, "%.2f", s.pointsToLastAwardPlace()));
        String sentence = t.get("standing.sentence", place, award);
        return s.frozen() ? t.get("standing.sentence", sentence, t.get("standing.frozen")) : sentence;
    }

    private static List<AdvisorLine> advisors(ShopMonthReport r, ReportTexts t) {
        return r.advisors().stream().map(a -> new AdvisorLine(a.name(), ReportTexts.score(a.score().mean()),
                String.valueOf(a.score().validSamples()), ReportTexts.integer(a.nps()))).toList();
    }

    private static List<CommentLine> comments(ShopMonthReport r) {
        return r.comments().stream().map(c -> new CommentLine(c.date().format(DateTimeFormatter.ISO_LOCAL_DATE),
                ReportTexts.score(c.overall()), c.text())).toList();
    }
}
