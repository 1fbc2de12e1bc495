package org.dealerplatform.core.standings;

import java.util.List;

/**
 * One entry of a season's standings with every name, as the association sees it: the shop (team
 * contest) or the advisor and their shop (individual contest), the dealer group, the figures at
 * the published precision (null when undefined), and for an entry that is not ranked the reasons
 * in the asked language. {@code rank} is null for an entry that is not ranked; {@code score} is the
 * adjusted score the ranking uses, {@code adjustment} how far the shrinkage moved it from the mean.
 */
public record EntryStanding(Integer rank, String name, String shopName, String tenantId, String groupName,
                            long validSamples, long flaggedSamples, Double mean, Double margin, Double score,
                            Double adjustment, double pAward, boolean eligible, List<String> reasons) {

    public EntryStanding {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean inAwardPlaces(int awardPlaces) {
        return rank != null && rank <= awardPlaces;
    }
}
