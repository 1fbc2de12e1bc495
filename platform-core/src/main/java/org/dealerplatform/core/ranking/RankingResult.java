package org.dealerplatform.core.ranking;

import java.util.List;
import java.util.Optional;

/**
 * A computed ranking with everything needed to redo it: the method version, the field estimate, the
 * standings (ranked entrants by rank, ties by more samples then id; then unranked ones by score, then id),
 * the cutoff (published score of the last entrant inside the award places; null when nobody is ranked
 * or there are no award places), and the seed and number of draws behind the award probabilities.
 */
public record RankingResult(String methodVersion, FieldEstimate field, List<Standing> standings,
                            Double cutoff, int awardPlaces, long seed, int draws) {

    public RankingResult {
        standings = List.copyOf(standings);
    }

    public Optional<Standing> of(String id) {
        return standings.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The entrants in the award places (rank ≤ awardPlaces; a tie across the last place is inside). */
    public List<Standing> awarded() {
        return standings.stream().filter(s -> s.inAwardPlaces(awardPlaces)).toList();
    }
}
