package org.dealerplatform.competition.standings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.dealerplatform.core.standings.ContestLevel;
import org.dealerplatform.core.standings.EntryStanding;
import org.dealerplatform.core.standings.SeasonStandings;
import org.junit.jupiter.api.Test;

/** The export's view of a table is the table itself: same order, ranks, figures and reasons. */
class WholeSeasonStandingsTest {

    @Test
    void everyEntryKeepsItsRankFiguresAndReasonsInTheAskedLanguage() {
        StandingsTable table = RunningSeasonStandingsTest.table(2, 88.75, true,
                RunningSeasonStandingsTest.row(1, "S1", 91.20), RunningSeasonStandingsTest.row(null, "S5", 95.00));
        SeasonStandings got = WholeSeasonStandings.of("s", "2026", "赛季 2026", ContestLevel.SHOP, table, Locale.ENGLISH);
        assertTrue(got.frozen());
        assertEquals(2, got.awardPlaces());
        assertEquals(88.75, got.cutoff());
        assertEquals(List.of("S1", "S5"), got.entries().stream().map(EntryStanding::name).toList());
        EntryStanding first = got.entries().get(0);
        assertEquals(1, first.rank());
        assertEquals(91.20, first.score());
        assertEquals("T", first.tenantId());
        assertEquals("G", first.groupName());
        EntryStanding unranked = got.entries().get(1);
        assertNull(unranked.rank());
        assertEquals(List.of(Exclusion.of(Reason.REJECTED, "x").text(Locale.ENGLISH)), unranked.reasons());
    }
}
