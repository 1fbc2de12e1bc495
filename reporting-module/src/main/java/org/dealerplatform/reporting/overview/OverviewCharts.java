package org.dealerplatform.reporting.overview;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.dealerplatform.reporting.monthly.ReportTexts;
import org.dealerplatform.reporting.render.ChartImages;
import org.dealerplatform.reporting.render.InlineImage;
import org.dealerplatform.reporting.render.ReportFonts;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.Styler;

/** The national report's histogram of shop scores, {@value #WIDTH} × {@value #HEIGHT} CSS pixels (PNG twice that). */
final class OverviewCharts {

    static final int WIDTH = 560;
    static final int HEIGHT = 240;
    static final String HISTOGRAM_ID = "histogram@report.dealerplatform";

    private static final Color BARS = new Color(0x1d, 0x4e, 0xd8);

    private OverviewCharts() {
    }

    static InlineImage histogram(List<NationalReport.Bin> bins, ReportTexts texts) {
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        Styler styler = chart.getStyler();
        chart.getStyler().setBaseFont(ReportFonts.awt(Font.PLAIN, 11f));
        chart.getStyler().setAxisTickLabelsFont(ReportFonts.awt(Font.PLAIN, 11f));
        chart.getStyler().setAxisTitleFont(ReportFonts.awt(Font.PLAIN, 11f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendVisible(false);
        styler.setChartTitleVisible(false);
        chart.getStyler().setPlotGridLinesColor(new Color(0xe5, 0xe7, 0xeb));
        chart.getStyler().setAvailableSpaceFill(0.9);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setYAxisMin(0.0);
        long most = bins.stream().mapToLong(NationalReport.Bin::shops).max().orElse(0);
        // whole shops on the axis: at least 1 at the top, so an empty month still draws an axis
        chart.getStyler().setYAxisMax((double) Math.max(1, most));
        chart.setXAxisTitle(texts.get("overview.national.histogramAxisX"));
        chart.setYAxisTitle(texts.get("overview.national.histogramAxisY"));
        var series = chart.addSeries(texts.get("overview.national.histogramAxisY"),
                bins.stream().map(NationalReport.Bin::label).toList(),
                bins.stream().map(b -> (Number) b.shops()).toList());
        series.setFillColor(BARS);
        return ChartImages.png(HISTOGRAM_ID, chart);
    }
}
