package org.dealerplatform.survey.scores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.ranking.Entrant;
import org.dealerplatform.core.ranking.FairRanking;
import org.dealerplatform.core.ranking.RankingResult;
import org.dealerplatform.core.ranking.Standing;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.survey.scores.ScoreViews.RankRow;

/**
 * A dealer group's rank among groups, as its dashboard shows it: by the platform's fair ranking
 * method ({@link FairRanking}, docs/METHODOLOGY.md), each group with its shops' samples of the
 * period, and only groups with at least the minimum of valid samples ranked, so that a handful of
 * good answers cannot top the table. The other groups stay anonymous.
 */
final class GroupRanking {

    /** Why a group has no rank: fewer valid samples in the period than the minimum. */
    static final String TOO_FEW_SAMPLES = "TOO_FEW_SAMPLES";

    /** The dashboard shows the order only: no award places and no draws, so no seed is needed. */
    private static final int NO_AWARD_PLACES = 0;
    private static final int NO_DRAWS = 0;
    private static final long NO_SEED = 0;

    /** The own group's rank (null: not ranked, {@code notRanked} says why) and the table it sees. */
    record GroupRank(Integer rank, int rankedGroups, String notRanked, List<RankRow> rows) {
    }

    private GroupRanking() {
    }

    static GroupRank of(String own, Map<String, ScoreTotals> groups, int minimumSamples) {
        Map<String, ScoreTotals> all = new HashMap<>(groups);
        all.putIfAbsent(own, ScoreTotals.NONE);
        List<Entrant> entrants = new ArrayList<>();
        all.forEach((group, totals) -> entrants.add(entrant(group, totals, minimumSamples)));
        RankingResult result = FairRanking.rank(entrants, NO_AWARD_PLACES, NO_SEED, NO_DRAWS);
        List<RankRow> rows = new ArrayList<>();
        for (Standing s : result.standings()) {
            boolean mine = s.id().equals(own);
            if (s.rank() != null || mine) {
                rows.add(new RankRow(s.rank(), mine, s.rank() == null ? null : s.publishedScore(),
                        Double.isNaN(s.mean()) ? null : Aggregate.round(s.mean()), s.n()));
            }
        }
        Integer rank = result.of(own).map(Standing::rank).orElse(null);
        int ranked = (int) rows.stream().filter(r -> r.position() != null).count();
        return new GroupRank(rank, ranked, rank == null ? TOO_FEW_SAMPLES : null, rows);
    }

    private static Entrant entrant(String group, ScoreTotals totals, int minimumSamples) {
        if (totals.validSamples() == 0) {
            return new Entrant(group, 0, 0, 0, false); // a group with only flagged samples
        }
        return Entrant.of(group, totals, totals.validSamples() >= minimumSamples);
    }
}
