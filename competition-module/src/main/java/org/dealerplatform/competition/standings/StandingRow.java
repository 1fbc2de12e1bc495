package org.dealerplatform.competition.standings;

import java.util.List;

/**
 * One entry in the standings, as computed (and frozen) with every name: what the API and pages show
 * after the visibility rules of {@link StandingsView} removed what the reader may not see.
 * Figures are at the published precision (two decimals; pAward three); null when undefined.
 * {@code subjectId} is the shop (team contest) or the advisor (individual contest).
 */
public record StandingRow(Integer rank, String entryId, String subjectId, String name, String shopId, String shopName,
                          String tenant, String groupName, String brand, String province, long validSamples,
                          long flaggedSamples, long openCases, Double mean, Double margin, Double score,
                          Double adjustment, double pAward, boolean eligible, boolean held,
                          List<Exclusion> reasons) {

    public StandingRow {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean inAwardPlaces(int awards) {
        return rank != null && rank <= awards;
    }
}
