package org.dealerplatform.reporting.export;

/**
 * One entry of a season's standings as exported: {@code name} is the shop (team contest) or the
 * advisor (individual contest); {@code awardPlace} whether its rank wins an award as things stand;
 * {@code pAward} only for ranked entries; {@code reasons} why an entry is not ranked, joined.
 */
public record StandingsExportRow(Integer rank, String name, String shopName, String groupName, long validSamples,
                                 long flaggedSamples, Double mean, Double margin, Double score, Double adjustment,
                                 Double pAward, boolean awardPlace, boolean eligible, String reasons) {
}
