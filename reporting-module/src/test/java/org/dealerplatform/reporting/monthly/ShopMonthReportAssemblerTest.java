package org.dealerplatform.reporting.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.junit.jupiter.api.Test;

class ShopMonthReportAssemblerTest {

    @Test
    void workedExampleGivesTheMethodologyFigures() {
        ShopMonthReport r = Fixtures.report();
        assertTrue(r.hasSamples());
        assertEquals(3, r.headline().shop().validSamples());
        assertEquals(OptionalDouble.of(80.0), r.headline().shop().mean());
        assertEquals(OptionalDouble.of(11.3), r.headline().shop().margin());
        assertEquals(OptionalDouble.of(0.0), r.headline().nps().value());
        assertEquals(1, r.headline().nps().passives());
        assertEquals(OptionalDouble.of(88.3), r.headline().nation().mean());
        assertEquals(OptionalDouble.of(85.0), r.headline().group().mean());
    }

    @Test
    void changeIsTakenBetweenTheRoundedMonths() {
        assertEquals(OptionalDouble.of(1.2), Fixtures.report().headline().changeFromPreviousMonth());
    }

    @Test
    void noPreviousMonthMeansNoChange() {
        TreeMap<YearMonth, ScoreTotals> onlyNovember = new TreeMap<>(Map.of(Fixtures.NOVEMBER, Fixtures.workedExample()));
        ShopMonthReport r = ShopMonthReportAssembler.assemble(Fixtures.sources(onlyNovember, Optional.empty()));
        assertTrue(r.headline().changeFromPreviousMonth().isEmpty());
        assertTrue(r.standing().isEmpty());
    }

    @Test
    void focusIsTheThreeLargestGapsBelowTheNationWorstFirst() {
        List<ShopMonthReport.Focus> focus = Fixtures.report().focus();
        assertEquals(List.of(Dimension.TIME, Dimension.QUALITY, Dimension.PRICE),
                focus.stream().map(ShopMonthReport.Focus::dimension).toList());
        assertEquals(List.of(-11.0, -7.0, -4.2), focus.stream().map(ShopMonthReport.Focus::gapToNation).toList());
    }

    @Test
    void aShopAheadEverywhereHasNothingToFocusOn() {
        List<ShopMonthReport.DimensionRow> ahead = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            ahead.add(new ShopMonthReport.DimensionRow(d, OptionalDouble.of(90), OptionalDouble.empty(), OptionalDouble.of(90)));
        }
        assertTrue(ShopMonthReportAssembler.focus(ahead).isEmpty());
    }

    @Test
    void aMonthWithoutSamplesHasNoFiguresAndNoNaN() {
        ShopMonthReport r = Fixtures.emptyNovember();
        assertFalse(r.hasSamples());
        assertTrue(r.headline().shop().mean().isEmpty());
        assertTrue(r.headline().shop().margin().isEmpty());
        assertTrue(r.headline().changeFromPreviousMonth().isEmpty());
        assertTrue(r.headline().nps().value().isEmpty());
        assertTrue(r.focus().isEmpty());
        assertTrue(r.dimensions().stream().allMatch(d -> d.shop().isEmpty() && d.group().isEmpty()));
        assertEquals(OptionalDouble.of(78.8), r.trend().get(10).shop());
        assertTrue(r.trend().get(11).shop().isEmpty());
    }

    @Test
    void trendCoversTwelveMonthsEndingWithTheReportMonth() {
        List<ShopMonthReport.TrendPoint> trend = Fixtures.report().trend();
        assertEquals(12, trend.size());
        assertEquals(YearMonth.of(2025, 12), trend.get(0).month());
        assertEquals(Fixtures.NOVEMBER, trend.get(11).month());
        assertTrue(trend.get(0).shop().isEmpty());
        assertEquals(OptionalDouble.of(88.3), trend.get(0).nation());
    }

    @Test
    void advisorsBestFirstCommentsNewestFirstReasonsMostFirst() {
        ShopMonthReport r = Fixtures.report();
        assertEquals(List.of("李明", "王芳"), r.advisors().stream().map(ShopMonthReport.AdvisorRow::name).toList());
        assertEquals(LocalDate.of(2026, 11, 20), r.comments().get(0).date());
        assertEquals("SPEEDER", r.screening().reasons().get(0).code());
        assertEquals(2, r.screening().suspect());
        assertEquals(1, r.screening().invalid());
    }

    @Test
    void longCommentsAreCutAndControlCharactersRemoved() {
        String cut = ShopMonthReportAssembler.shorten("好".repeat(500) + "\u0007");
        assertEquals(ShopMonthReportAssembler.MAX_COMMENT_CHARS + 1, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("a b\nc", ShopMonthReportAssembler.shorten("a\u0000b\nc"));
    }
}
