package org.dealerplatform.competition.standings;

import java.util.List;

/**
 * A contest's standings: ranked rows first, then the entries not ranked with their reasons.
 * {@code cutoff} is the published score of the last award place. {@code method} says how the
 * figures were made, so anyone can redo them: method and rules version, seed and draws, the field
 * estimate, and whether this is a frozen snapshot.
 */
public record StandingsTable(String seasonId, Contest contest, List<StandingRow> rows, Double cutoff, Method method) {

    public StandingsTable {
        rows = List.copyOf(rows);
    }

    public record Method(String version, int rulesVersion, int awards, int minSamples, double maxFlaggedShare,
                         long seed, int draws, Double fieldMean, Double withinVariance, Double betweenVariance,
                         Double shrinkageK, String computedAt, boolean frozen, Integer snapshotNo) {
    }

    public StandingsTable withRows(List<StandingRow> visible) {
        return new StandingsTable(seasonId, contest, visible, cutoff, method);
    }
}
