package org.dealerplatform.competition.standings;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who sees what of a standings table: the association every entry by name; a group admin their
 * own entries by name and every other entry without anything that identifies it (no ids, names,
 * group, brand or province, no free-text rejection reason); a shop manager only their own shop's
 * rows. The cutoff (score of the last award place) is shown to everyone who sees the table.
 */
public final class StandingsView {

    private StandingsView() {
    }

    public record ReasonView(String code, String text) {
    }

    public record Item(Integer rank, String entryId, String shopId, String advisorId, String name, String shopName,
                       String tenant, String groupName, String brand, String province, long validSamples,
                       long flaggedSamples, long openCases, Double mean, Double margin, Double score,
                       Double adjustment, double pAward, boolean eligible, boolean held, boolean own,
                       List<ReasonView> reasons) {
    }

    public static List<Item> forAssociation(StandingsTable table, Locale locale) {
        return table.rows().stream().map(r -> named(table.contest(), r, false, locale)).toList();
    }

    public static List<Item> forGroup(StandingsTable table, String tenant, Locale locale) {
        return table.rows().stream().map(r -> tenant.equals(r.tenant()) ? named(table.contest(), r, true, locale)
                : anonymous(r, locale)).toList();
    }

    public static List<Item> forShop(StandingsTable table, Set<String> ownShopIds, Locale locale) {
        return table.rows().stream().filter(r -> ownShopIds.contains(r.shopId()))
                .map(r -> named(table.contest(), r, true, locale)).toList();
    }

    private static Item named(Contest contest, StandingRow r, boolean own, Locale locale) {
        boolean advisor = contest == Contest.ADVISORS;
        return new Item(r.rank(), r.entryId(), r.shopId(), advisor ? r.subjectId() : null, r.name(),
                r.shopName(), r.tenant(), r.groupName(), r.brand(), r.province(), r.validSamples(),
                r.flaggedSamples(), r.openCases(), r.mean(), r.margin(), r.score(), r.adjustment(), r.pAward(),
                r.eligible(), r.held(), own, reasons(r, locale, true));
    }

    private static Item anonymous(StandingRow r, Locale locale) {
        return new Item(r.rank(), null, null, null, null, null, null, null, null, null, r.validSamples(),
                r.flaggedSamples(), r.openCases(), r.mean(), r.margin(), r.score(), r.adjustment(), r.pAward(),
                r.eligible(), r.held(), false, reasons(r, locale, false));
    }

    private static List<ReasonView> reasons(StandingRow r, Locale locale, boolean withFreeText) {
        return r.reasons().stream().map(e -> new ReasonView(e.reason().name(),
                e.reason() == Reason.REJECTED && !withFreeText ? e.reason().text(locale, "…") : e.text(locale)))
                .toList();
    }
}
