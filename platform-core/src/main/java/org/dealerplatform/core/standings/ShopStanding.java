package org.dealerplatform.core.standings;

import java.util.Objects;

/**
 * A shop's place in the team contest of a season: {@code rank} of the {@code entrants} ranked, the
 * first {@code awardPlaces} places win, and {@code pointsBehind} is how far the shop's adjusted
 * score lies below the last award place's (0 when the shop holds an award place). Figures at the
 * published precision (two decimals). {@code frozen}: the season has closed and this is its
 * snapshot; otherwise the standing still moves with every sample.
 */
public record ShopStanding(String seasonId, String seasonName, boolean frozen, int rank, int entrants,
                           int awardPlaces, double pointsBehind) {

    public ShopStanding {
        Objects.requireNonNull(seasonId, "seasonId");
        Objects.requireNonNull(seasonName, "seasonName");
        if (rank < 1 || rank > entrants) {
            throw new IllegalArgumentException("rank " + rank + " must be within 1.." + entrants);
        }
        if (awardPlaces < 1) {
            throw new IllegalArgumentException("a season has at least one award place");
        }
        if (!(pointsBehind >= 0)) {
            throw new IllegalArgumentException("pointsBehind must be 0 or more");
        }
        if (rank <= awardPlaces && pointsBehind != 0) {
            throw new IllegalArgumentException("a shop in the award places is 0 points behind");
        }
    }

    public boolean inAwardPlaces() {
        return rank <= awardPlaces;
    }
}
