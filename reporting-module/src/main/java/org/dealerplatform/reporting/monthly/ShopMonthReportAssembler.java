package org.dealerplatform.reporting.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.reporting.monthly.ShopMonthReport.AdvisorRow;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Comment;
import org.dealerplatform.reporting.monthly.ShopMonthReport.DimensionRow;
import org.dealerplatform.reporting.monthly.ShopMonthReport.FlaggedReason;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Focus;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Headline;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Label;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Nps;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Score;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Screening;
import org.dealerplatform.reporting.monthly.ShopMonthReport.TrendPoint;

/** Builds a {@link ShopMonthReport} from totals: a pure function, no I/O, the same input gives the same report. */
public final class ShopMonthReportAssembler {

    /** Trend length: a year shows seasonality (spring maintenance peaks) without crowding a phone screen. */
    public static final int TREND_MONTHS = 12;
    /** At most three focus points: a manager acts on a few, not on a list of five. */
    public static final int MAX_FOCUS = 3;
    public static final int MAX_COMMENTS = 5;
    /** Long comments are cut so one customer cannot fill the email; the console has the full text. */
    public static final int MAX_COMMENT_CHARS = 400;

    private ShopMonthReportAssembler() {
    }

    public static ShopMonthReport assemble(ReportSources in) {
        ScoreTotals shop = monthOf(in.shopMonths(), in.month());
        ScoreTotals nation = monthOf(in.nationMonths(), in.month());
        List<DimensionRow> dimensions = dimensions(shop, in.groupMonth(), nation);
        return new ShopMonthReport(in.shop(), in.groupName(), in.month(), headline(in, shop, nation), dimensions,
                focus(dimensions), trend(in), advisors(in), comments(in), screening(shop, in), in.standing(),
                in.alerts());
    }

    private static Headline headline(ReportSources in, ScoreTotals shop, ScoreTotals nation) {
        Score now = Score.of(shop);
        Score before = Score.of(monthOf(in.shopMonths(), in.month().minusMonths(1)));
        OptionalDouble change = ShopMonthReport.difference(now.mean(), before.mean());
        return new Headline(now, change, Score.of(in.groupMonth()), Score.of(nation), Nps.of(shop));
    }

    private static List<DimensionRow> dimensions(ScoreTotals shop, ScoreTotals group, ScoreTotals nation) {
        List<DimensionRow> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            rows.add(new DimensionRow(d, ShopMonthReport.rounded(shop.dimensionMean(d)),
                    ShopMonthReport.rounded(group.dimensionMean(d)), ShopMonthReport.rounded(nation.dimensionMean(d))));
        }
        return rows;
    }

    /** The dimensions furthest below the nation, worst first; none when the shop is nowhere behind. */
    static List<Focus> focus(List<DimensionRow> dimensions) {
        return dimensions.stream()
                .filter(row -> row.gapToNation().isPresent() && row.gapToNation().getAsDouble() < 0)
                .map(row -> new Focus(row.dimension(), row.gapToNation().getAsDouble()))
                .sorted(Comparator.comparingDouble(Focus::gapToNation))
                .limit(MAX_FOCUS)
                .toList();
    }

    private static List<TrendPoint> trend(ReportSources in) {
        List<TrendPoint> points = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            YearMonth m = in.month().minusMonths(back);
            ScoreTotals shop = monthOf(in.shopMonths(), m);
            points.add(new TrendPoint(m, ShopMonthReport.rounded(shop.mean()),
                    ShopMonthReport.rounded(monthOf(in.nationMonths(), m).mean()), shop.validSamples()));
        }
        return points;
    }

    /** Best first, so the table reads as a ranking; advisors without a valid sample last, by name. */
    private static List<AdvisorRow> advisors(ReportSources in) {
        return in.advisors().stream()
                .map(a -> new AdvisorRow(a.name(), Score.of(a.totals()), ShopMonthReport.rounded(a.totals().nps())))
                .sorted(Comparator.comparingDouble((AdvisorRow a) -> -a.score().mean().orElse(Double.NEGATIVE_INFINITY))
                        .thenComparing(AdvisorRow::name))
                .toList();
    }

    private static List<Comment> comments(ReportSources in) {
        return in.comments().stream()
                .filter(c -> c.text() != null && !c.text().isBlank())
                .sorted(Comparator.comparing(ReportSources.CustomerComment::date).reversed())
                .limit(MAX_COMMENTS)
                .map(c -> new Comment(shorten(c.text()), c.date(), ShopMonthReport.rounded(c.overall().orElse(Double.NaN))))
                .toList();
    }

    private static Screening screening(ScoreTotals shop, ReportSources in) {
        List<FlaggedReason> reasons = in.flaggedByReason().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .map(e -> new FlaggedReason(e.getKey(), labelOf(in.reasonLabels(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(FlaggedReason::samples).reversed().thenComparing(FlaggedReason::code))
                .toList();
        return new Screening(shop.validSamples(), shop.suspectSamples(), shop.invalidSamples(), reasons);
    }

    /** A reason the caller has no label for still shows, by its code. */
    private static Label labelOf(Map<String, Label> labels, String code) {
        return labels.getOrDefault(code, new Label(code, code));
    }

    /** Control characters out (they break text mail and subjects), cut at a code-point boundary. */
    static String shorten(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}&&[^\n]]", " ").strip();
        if (clean.codePointCount(0, clean.length()) <= MAX_COMMENT_CHARS) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_COMMENT_CHARS)) + "…";
    }

    private static ScoreTotals monthOf(Map<YearMonth, ScoreTotals> months, YearMonth month) {
        ScoreTotals totals = months.get(month);
        return totals == null ? ScoreTotals.NONE : totals;
    }
}
