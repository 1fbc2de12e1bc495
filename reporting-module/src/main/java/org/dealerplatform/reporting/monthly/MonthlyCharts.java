package org.dealerplatform.reporting.monthly;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.reporting.render.ChartImages;
import org.dealerplatform.reporting.render.InlineImage;
import org.dealerplatform.reporting.render.ReportFonts;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The two charts of the monthly report, {@value #WIDTH} × {@value #HEIGHT} CSS pixels each (PNG of
 * twice that, see {@link ChartImages}): the 12-month trend of the shop against the nation, and the
 * five dimensions of shop, group and nation side by side. Months without data leave the line out
 * rather than drawing a zero.
 */
public final class MonthlyCharts {

    public static final int WIDTH = 560;
    public static final int HEIGHT = 240;
    public static final String TREND_ID = "trend@report.dealerplatform";
    public static final String DIMENSIONS_ID = "dimensions@report.dealerplatform";

    private static final Color SHOP = new Color(0x1d, 0x4e, 0xd8);
    private static final Color GROUP = new Color(0x9c, 0xa3, 0xaf);
    private static final Color NATION = new Color(0xf5, 0x9e, 0x0b);

    private MonthlyCharts() {
    }

    public static InlineImage trend(ShopMonthReport report, ReportTexts texts) {
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        // both lines on the month itself, not side by side as grouped bars would be
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisMaxLabelCount(ShopMonthReportAssembler.TREND_MONTHS);
        List<ShopMonthReport.TrendPoint> points = report.trend();
        chart.getStyler().setYAxisMin(floor(points.stream().flatMap(p -> Stream.of(p.shop(), p.nation()))));
        List<String> months = points.stream().map(p -> monthTick(p.month(), texts.locale())).toList();
        addLine(chart, texts.get("chart.series.shop"), months, points, ShopMonthReport.TrendPoint::shop, SHOP);
        addLine(chart, texts.get("chart.series.nation"), months, points, ShopMonthReport.TrendPoint::nation, NATION);
        return ChartImages.png(TREND_ID, chart);
    }

    public static InlineImage dimensions(ShopMonthReport report, ReportTexts texts) {
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        style(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.7);
        chart.getStyler().setSeriesColors(new Color[] {SHOP, GROUP, NATION});
        chart.getStyler().setYAxisMin(floor(report.dimensions().stream()
                .flatMap(r -> Stream.of(r.shop(), r.group(), r.nation()))));
        List<String> labels = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            labels.add(d.label(texts.locale()));
        }
        addBars(chart, texts.get("chart.series.shop"), labels, report.dimensions(), ShopMonthReport.DimensionRow::shop);
        addBars(chart, texts.get("chart.series.group"), labels, report.dimensions(), ShopMonthReport.DimensionRow::group);
        addBars(chart, texts.get("chart.series.nation"), labels, report.dimensions(), ShopMonthReport.DimensionRow::nation);
        return ChartImages.png(DIMENSIONS_ID, chart);
    }

    /**
     * A month without data is a gap in the line (XChart skips null values), not a drop to zero. A
     * series with no value at all is still added, so the chart and its legend keep their shape.
     */
    private static void addLine(CategoryChart chart, String name, List<String> months,
                                List<ShopMonthReport.TrendPoint> points,
                                Function<ShopMonthReport.TrendPoint, OptionalDouble> value, Color color) {
        List<Double> ys = new ArrayList<>();
        for (ShopMonthReport.TrendPoint p : points) {
            OptionalDouble y = value.apply(p);
            ys.add(y.isPresent() ? y.getAsDouble() : null);
        }
        CategorySeries series = chart.addSeries(name, months, ys);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setFillColor(color);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineStyle(new BasicStroke(2f));
    }

    /** Missing values are drawn as 0-height bars: a category chart needs a value for every category. */
    private static void addBars(CategoryChart chart, String name, List<String> labels,
                                List<ShopMonthReport.DimensionRow> rows,
                                Function<ShopMonthReport.DimensionRow, OptionalDouble> value) {
        List<Double> ys = new ArrayList<>();
        for (ShopMonthReport.DimensionRow row : rows) {
            ys.add(value.apply(row).orElse(0));
        }
        chart.addSeries(name, labels, ys);
    }

    /**
     * The y axis starts 5 points below the lowest value, on a multiple of 10: scores cluster in the
     * 80s, and a 0–100 axis would flatten a 4-point gap the report asks the shop to close.
     */
    static double floor(Stream<OptionalDouble> values) {
        double min = values.filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .min().orElse(0);
        return Math.max(0, Math.floor((min - 5) / 10) * 10);
    }

    private static String monthTick(YearMonth month, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                : month.getMonthValue() + "月";
    }

    private static void style(AxesChartStyler styler) {
        styler.setBaseFont(ReportFonts.awt(Font.PLAIN, 11f));
        styler.setAxisTickLabelsFont(ReportFonts.awt(Font.PLAIN, 11f));
        styler.setLegendFont(ReportFonts.awt(Font.PLAIN, 11f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xe5, 0xe7, 0xeb));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleVisible(false);
        styler.setAxisTitlesVisible(false);
        styler.setYAxisDecimalPattern("0");
        styler.setYAxisMax(100.0);
    }
}
