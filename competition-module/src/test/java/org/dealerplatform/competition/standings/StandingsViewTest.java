package org.dealerplatform.competition.standings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandingsViewTest {

    static StandingRow row(int rank, String shop, String tenant, List<Exclusion> reasons) {
        return new StandingRow(reasons.isEmpty() ? rank : null, "e-" + shop, shop, "门店" + shop, shop, "门店" + shop,
                tenant, "集团" + tenant, "丰田", "31", 60, 2, 0, 90.0, 1.5, 89.0, -1.0, 0.5, reasons.isEmpty(), false,
                reasons);
    }

    static final StandingsTable TABLE = new StandingsTable("s", Contest.SHOPS, List.of(
            row(1, "S1", "A", List.of()), row(2, "S2", "B", List.of()),
            row(0, "S3", "B", List.of(Exclusion.of(Reason.REJECTED, "照片造假")))), 89.0, null);

    @Test
    void theAssociationSeesEveryName() {
        assertEquals(List.of("门店S1", "门店S2", "门店S3"), StandingsView.forAssociation(TABLE, Locale.ENGLISH).stream()
                .map(StandingsView.Item::name).toList());
    }

    @Test
    void aGroupSeesItsOwnByNameAndOthersWithoutAnythingThatIdentifiesThem() {
        List<StandingsView.Item> items = StandingsView.forGroup(TABLE, "A", Locale.SIMPLIFIED_CHINESE);
        assertEquals("门店S1", items.get(0).name());
        assertTrue(items.get(0).own());
        for (StandingsView.Item other : items.subList(1, 3)) {
            assertNull(other.name());
            assertNull(other.shopId());
            assertNull(other.tenant());
            assertNull(other.groupName());
            assertNull(other.brand());
            assertNull(other.entryId());
        }
        assertEquals(2, items.get(1).rank());
        assertTrue(!items.get(2).reasons().get(0).text().contains("照片造假"), "no free text of another group");
    }

    @Test
    void aShopManagerSeesOnlyItsShop() {
        List<StandingsView.Item> items = StandingsView.forShop(TABLE, Set.of("S2"), Locale.ENGLISH);
        assertEquals(1, items.size());
        assertEquals("S2", items.get(0).shopId());
    }
}
