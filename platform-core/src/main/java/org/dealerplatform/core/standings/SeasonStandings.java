package org.dealerplatform.core.standings;

import java.util.List;
import java.util.Objects;

/**
 * One contest's standings of a season as the competition module publishes them: ranked entries
 * first, then those not ranked. {@code frozen}: the season's snapshot (it has closed), otherwise
 * live figures. {@code cutoff} is the score of the last award place, null when nobody is ranked.
 */
public record SeasonStandings(String seasonId, String seasonCode, String seasonName, ContestLevel level,
                              boolean frozen, int awardPlaces, Double cutoff, List<EntryStanding> entries) {

    public SeasonStandings {
        Objects.requireNonNull(seasonId, "seasonId");
        Objects.requireNonNull(level, "level");
        entries = List.copyOf(entries);
    }

    /** The same standings with only the given dealer group's entries (ranks stay those of the whole field). */
    public SeasonStandings ofGroup(String tenantId) {
        return new SeasonStandings(seasonId, seasonCode, seasonName, level, frozen, awardPlaces, cutoff,
                entries.stream().filter(e -> tenantId.equals(e.tenantId())).toList());
    }
}
