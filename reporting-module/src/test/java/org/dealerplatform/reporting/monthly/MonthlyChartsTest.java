package org.dealerplatform.reporting.monthly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.dealerplatform.reporting.render.InlineImage;
import org.dealerplatform.reporting.render.ReportFonts;
import org.junit.jupiter.api.Test;

class MonthlyChartsTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void chartsArePngsOfTwiceTheirCssSize() throws IOException {
        ReportTexts zh = new ReportTexts(Locale.CHINA);
        for (InlineImage chart : new InlineImage[] {MonthlyCharts.trend(Fixtures.report(), zh),
                MonthlyCharts.dimensions(Fixtures.report(), zh),
                MonthlyCharts.trend(Fixtures.emptyNovember(), new ReportTexts(Locale.ENGLISH))}) {
            assertArrayEquals(PNG_MAGIC, Arrays.copyOf(chart.png(), 8));
            assertEquals(560, chart.width());
            assertEquals(240, chart.height());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
            assertEquals(1120, image.getWidth());
            assertEquals(480, image.getHeight());
            assertTrue(chart.dataUri().startsWith("data:image/png;base64,iVBORw0KGgo"));
        }
    }

    @Test
    void aChartWithNoDataAtAllStillRenders() throws IOException {
        ShopMonthReport empty = Fixtures.emptyNovember();
        ShopMonthReport nothing = new ShopMonthReport(empty.shop(), "", empty.month(), empty.headline(),
                empty.dimensions(), empty.focus(), empty.trend().stream()
                .map(p -> new ShopMonthReport.TrendPoint(p.month(), OptionalDouble.empty(), OptionalDouble.empty(), 0))
                .toList(), empty.advisors(), empty.comments(), empty.screening(), empty.standing());
        InlineImage chart = MonthlyCharts.trend(nothing, new ReportTexts(Locale.CHINA));
        assertEquals(1120, ImageIO.read(new ByteArrayInputStream(chart.png())).getWidth());
    }

    @Test
    void axisStartsBelowTheLowestValueOnATen() {
        assertEquals(60.0, MonthlyCharts.floor(Stream.of(OptionalDouble.of(70.0), OptionalDouble.of(88.3))));
        assertEquals(70.0, MonthlyCharts.floor(Stream.of(OptionalDouble.of(80.0), OptionalDouble.empty())));
        assertEquals(0.0, MonthlyCharts.floor(Stream.of(OptionalDouble.empty())));
    }

    @Test
    void theCjkFontIsUsedWhereInstalled() {
        assertEquals(ReportFonts.WQY_MICROHEI.isFile(), ReportFonts.cjkAvailable());
        if (ReportFonts.cjkAvailable()) {
            assertTrue(ReportFonts.awt(0, 11f).canDisplayUpTo("服务价格") == -1);
        }
    }
}
