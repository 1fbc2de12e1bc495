package org.dealerplatform.competition.standings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.ranking.Entrant;
import org.dealerplatform.core.ranking.FairRanking;
import org.dealerplatform.core.ranking.RankingResult;
import org.dealerplatform.core.ranking.Standing;

/**
 * Turns candidates into standings with core's fair ranking (see docs/METHODOLOGY.md, method eb-1):
 * only eligible candidates form the field and are ranked; the others get the same figures for
 * information, no rank, and their reasons. Pure: the same candidates and seed give the same table.
 */
public final class StandingsCalculator {

    private StandingsCalculator() {
    }

    public record Setup(String seasonId, Contest contest, int rulesVersion, int awards, int minSamples,
                        double maxFlaggedShare, long seed, int draws) {
    }

    public static StandingsTable compute(Setup setup, List<Candidate> candidates, Instant now) {
        List<Entrant> entrants = new ArrayList<>(candidates.size());
        Map<String, Candidate> byId = new HashMap<>();
        for (Candidate c : candidates) {
            entrants.add(new Entrant(c.subjectId(), c.totals().validSamples(), c.totals().overallSum(),
                    c.totals().overallSquares(), c.eligible()));
            byId.put(c.subjectId(), c);
        }
        RankingResult ranking = FairRanking.rank(entrants, setup.awards(), setup.seed(), setup.draws());
        List<StandingRow> rows = new ArrayList<>(candidates.size());
        for (Standing s : ranking.standings()) {
            Candidate c = byId.get(s.id());
            boolean held = !c.exclusions().isEmpty() && c.exclusions().stream().allMatch(e -> e.reason().held());
            rows.add(new StandingRow(s.rank(), c.entryId(), c.subjectId(), c.name(), c.shopId(), c.shopName(),
                    c.tenant(), c.groupName(), c.brand(), c.province(), c.totals().validSamples(),
                    c.totals().suspectSamples() + c.totals().invalidSamples(), c.totals().suspectSamples(),
                    figure(s.mean()), figure(s.margin()), figure(s.score()), figure(s.adjustment()),
                    s.rank() == null || Double.isNaN(s.pAward()) ? 0 : s.pAward(), c.eligible(), held,
                    c.exclusions()));
        }
        var field = ranking.field();
        var method = new StandingsTable.Method(ranking.methodVersion(), setup.rulesVersion(), setup.awards(),
                setup.minSamples(), setup.maxFlaggedShare(), ranking.seed(), ranking.draws(), figure(field.mean()),
                figure(field.withinVariance()), figure(field.betweenVariance()), figure(field.k()), now.toString(),
                false, null);
        return new StandingsTable(setup.seasonId(), setup.contest(), rows, ranking.cutoff(), method);
    }

    /** Published precision, null for an undefined figure (no samples, no field). */
    static Double figure(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : FairRanking.published(value);
    }
}
