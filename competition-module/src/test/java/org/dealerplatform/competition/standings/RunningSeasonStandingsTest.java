package org.dealerplatform.competition.standings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.core.standings.ShopStanding;
import org.junit.jupiter.api.Test;

class RunningSeasonStandingsTest {

    static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

    static Season season(String code, YearMonth from, YearMonth to, SeasonStatus status) {
        Season s = new Season(code, "赛季 " + code, new Season.Schedule(from.minusMonths(1).atDay(1),
                from.minusMonths(1).atEndOfMonth(), from, to), Set.of(1), NOW);
        for (SeasonStatus step : SeasonStatus.values()) {
            if (step.ordinal() > 0 && step.ordinal() <= status.ordinal()) {
                s.moveTo(step, null, NOW);
            }
        }
        return s;
    }

    static StandingRow row(Integer rank, String shop, Double score) {
        List<Exclusion> reasons = rank == null ? List.of(Exclusion.of(Reason.REJECTED, "x")) : List.of();
        return new StandingRow(rank, "e-" + shop, shop, shop, shop, shop, "T", "G", null, null, 40, 0, 0, score,
                1.0, score, 0.0, 0.5, rank != null, false, reasons);
    }

    static StandingsTable table(int awards, Double cutoff, boolean frozen, StandingRow... rows) {
        return new StandingsTable("s", Contest.SHOPS, List.of(rows), cutoff, new StandingsTable.Method("eb-1", 1,
                awards, 30, 0.2, 7, 100, null, null, null, null, NOW.toString(), frozen, frozen ? 1 : null));
    }

    // S2 and S3 tie on 88.75 for second place; with two award places both are inside
    static final StandingsTable TIED = table(2, 88.75, false, row(1, "S1", 91.20), row(2, "S2", 88.75),
            row(2, "S3", 88.75), row(4, "S4", 86.90), row(null, "S5", 95.00));

    @Test
    void aShopBehindTheAwardPlacesIsToldHowFarItsAdjustedScoreLiesBelowTheLastOne() {
        Season s = season("2026", YearMonth.of(2026, 2), YearMonth.of(2026, 10), SeasonStatus.COLLECTING);
        ShopStanding s4 = RunningSeasonStandings.of(s, TIED, Set.of("S4")).get("S4");
        assertEquals(new ShopStanding(s.id(), "赛季 2026", false, 4, 4, 2, 1.85), s4);
        assertFalse(s4.inAwardPlaces());
    }

    @Test
    void insideTheAwardPlacesIncludingATieOnTheLastOneIsZeroPointsBehind() {
        Season s = season("2026", YearMonth.of(2026, 2), YearMonth.of(2026, 10), SeasonStatus.COLLECTING);
        Map<String, ShopStanding> got = RunningSeasonStandings.of(s, TIED, Set.of("S1", "S2", "S3"));
        assertEquals(List.of(1, 2, 2), List.of(got.get("S1").rank(), got.get("S2").rank(), got.get("S3").rank()));
        for (ShopStanding standing : got.values()) {
            assertEquals(0.0, standing.pointsBehind());
            assertTrue(standing.inAwardPlaces());
        }
    }

    @Test
    void unrankedAndUnaskedShopsAreLeftOutAndDoNotCountAsEntrants() {
        Season s = season("2026", YearMonth.of(2026, 2), YearMonth.of(2026, 10), SeasonStatus.COLLECTING);
        Map<String, ShopStanding> got = RunningSeasonStandings.of(s, TIED, Set.of("S2", "S5", "S9"));
        assertEquals(Set.of("S2"), got.keySet());
        assertEquals(4, got.get("S2").entrants());
    }

    @Test
    void theDistanceIsExactAtTwoDecimalsAndASnapshotSaysItIsFrozen() {
        Season s = season("2026", YearMonth.of(2026, 2), YearMonth.of(2026, 10), SeasonStatus.CLOSED);
        StandingsTable closed = table(1, 87.35, true, row(1, "A", 87.35), row(2, "B", 86.90));
        ShopStanding b = RunningSeasonStandings.of(s, closed, Set.of("B")).get("B");
        assertEquals(0.45, b.pointsBehind());   // 87.35 - 86.90 in doubles is 0.44999999999998863
        assertTrue(b.frozen());
    }

    @Test
    void aSeasonRunsInItsCollectionMonthsWhileCollectingOrClosed() {
        YearMonth feb = YearMonth.of(2026, 2);
        YearMonth oct = YearMonth.of(2026, 10);
        Season collecting = season("CO", feb, oct, SeasonStatus.COLLECTING);
        Season closed = season("CL", feb, oct, SeasonStatus.CLOSED);
        List<Season> notRunning = List.of(season("DR", feb, oct, SeasonStatus.DRAFT),
                season("EN", feb, oct, SeasonStatus.ENROLLING), season("FI", feb, oct, SeasonStatus.FINAL),
                season("PU", feb, oct, SeasonStatus.PUBLISHED));
        List<Season> all = new java.util.ArrayList<>(notRunning);
        all.add(collecting);
        all.add(closed);
        assertEquals(Set.of("CO", "CL"), codes(RunningSeasonStandings.running(all, YearMonth.of(2026, 6))));
        assertEquals(Set.of("CO", "CL"), codes(RunningSeasonStandings.running(all, feb)));
        assertEquals(Set.of("CO", "CL"), codes(RunningSeasonStandings.running(all, oct)));
        assertEquals(Set.of(), codes(RunningSeasonStandings.running(all, YearMonth.of(2026, 1))));
        assertEquals(Set.of(), codes(RunningSeasonStandings.running(all, YearMonth.of(2026, 11))));
    }

    @Test
    void overlappingSeasonsAreTriedNewestFirst() {
        Season older = season("OLD", YearMonth.of(2025, 6), YearMonth.of(2026, 5), SeasonStatus.COLLECTING);
        Season newer = season("NEW", YearMonth.of(2026, 3), YearMonth.of(2026, 12), SeasonStatus.COLLECTING);
        assertEquals(List.of("NEW", "OLD"), RunningSeasonStandings.running(List.of(older, newer), YearMonth.of(2026, 4))
                .stream().map(Season::code).toList());
    }

    private static Set<String> codes(List<Season> seasons) {
        return Set.copyOf(seasons.stream().map(Season::code).toList());
    }
}
