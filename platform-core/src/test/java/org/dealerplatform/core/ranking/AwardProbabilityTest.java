package org.dealerplatform.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AwardProbabilityTest {

    static List<Entrant> season() {
        List<Entrant> field = new ArrayList<>(Fields.realistic(200, 2.5, 10, 77));
        field.add(Fields.entrant("leader", 400, 97, 6, true));
        field.add(Fields.entrant("laggard", 400, 70, 15, true));
        return field;
    }

    @Test
    void sameSeedSameFiguresInAnyInputOrder() {
        List<Entrant> field = season();
        RankingResult first = FairRanking.rank(field, 10, 2025, 10_000);
        assertEquals(first, FairRanking.rank(field, 10, 2025, 10_000));
        List<Entrant> shuffled = new ArrayList<>(field);
        Collections.shuffle(shuffled, new Random(5));
        assertNotEquals(field, shuffled);
        assertEquals(first, FairRanking.rank(shuffled, 10, 2025, 10_000));
    }

    @Test
    void anotherSeedGivesCloseButNotIdenticalFigures() {
        List<Entrant> field = season();
        RankingResult one = FairRanking.rank(field, 10, 2025, 10_000);
        RankingResult other = FairRanking.rank(field, 10, 2026, 10_000);
        int differing = 0;
        for (Standing s : one.standings()) {
            double p = other.of(s.id()).orElseThrow().pAward();
            assertEquals(s.pAward(), p, 0.02, s.id());
            differing += s.pAward() == p ? 0 : 1;
        }
        assertTrue(differing > 5, differing + " figures differ");
        assertEquals(one.standings().stream().map(Standing::rank).toList(),
                other.standings().stream().map(Standing::rank).toList());   // ranks do not depend on the seed
    }

    @Test
    void probabilitiesAddUpToTheAwardPlaces() {
        for (int places : new int[] {1, 3, 10, 25}) {
            RankingResult result = FairRanking.rank(season(), places, 8, 10_000);
            double total = result.standings().stream().mapToDouble(Standing::pAward).sum();
            long drawn = result.standings().stream().filter(s -> s.pAward() > 0).count();
            // Exactly `places` entrants are inside in every draw; only rounding to 3 decimals remains.
            assertEquals(places, total, 0.0005 * drawn + 1e-9, "places " + places);
        }
    }

    @Test
    void aClearLeaderIsAlmostSureAndAClearLaggardHasNoChance() {
        RankingResult result = FairRanking.rank(season(), 10, 3, 10_000);
        assertEquals(1.0, result.of("leader").orElseThrow().pAward());
        assertEquals(1, result.of("leader").orElseThrow().rank());
        assertEquals(0.0, result.of("laggard").orElseThrow().pAward());
    }

    @Test
    void pruningChangesNothingBeyondSamplingNoise() {
        // Fifty shops with a wide spread: the lower half cannot reach the top 5 and is pruned.
        List<Entrant> field = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            field.add(Fields.entrant(String.format("s%02d", i), 40 + 7 * i, 70 + 0.5 * i, 10, true));
        }
        int places = 5;
        int draws = 20_000;
        RankingResult result = FairRanking.rank(field, places, 99, draws);
        List<Entrant> byId = new ArrayList<>(field);       // ids already sort as the list does
        double[] score = new double[byId.size()];
        double[] sd = new double[byId.size()];
        for (int i = 0; i < byId.size(); i++) {
            Standing s = result.of(byId.get(i).id()).orElseThrow();
            score[i] = s.score();
            sd[i] = Math.sqrt(result.field().posteriorVariance(s.n()));
        }
        int[] kept = AwardProbabilities.notPruned(score, sd, places);
        assertTrue(kept.length < 30, kept.length + " kept");  // the test prunes for real
        int[] everyone = new int[byId.size()];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = i;
        }
        long[] all = AwardProbabilities.countInside(everyone, score, sd, places, 12345, draws);
        for (int i = 0; i < byId.size(); i++) {
            double full = (double) all[i] / draws;
            double pruned = result.of(byId.get(i).id()).orElseThrow().pAward();
            double noise = 4 * Math.sqrt(Math.max(full * (1 - full), 1e-4) / draws) + 0.001;
            assertEquals(full, pruned, noise, byId.get(i).id());
            if (pruned == 0) {
                assertEquals(0, all[i], byId.get(i).id() + " was pruned but reaches the award places");
            }
        }
    }

    @Test
    void noDrawsNoProbabilities() {
        RankingResult result = FairRanking.rank(season(), 10, 3, 0);
        assertTrue(result.standings().stream().allMatch(s -> Double.isNaN(s.pAward())));
        assertEquals(0, result.draws());
    }
}
