package org.dealerplatform.reporting.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.standings.ShopStanding;
import org.dealerplatform.core.standings.StandingReader;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Standing;
import org.junit.jupiter.api.Test;

class ShopReportSourcesTest {

    static final YearMonth MAY = YearMonth.of(2026, 5);

    static ShopProfile shop(String id) {
        return new ShopProfile(id, "tenant-1", id, "门店" + id, "TOY", "丰田", "Toyota", "440000", "广州", true);
    }

    @Test
    void withoutTheCompetitionModuleNoShopHasAStanding() {
        assertEquals(Map.of(), ShopReportSources.standings(Optional.empty(), List.of(shop("A")), MAY));
    }

    @Test
    void theRunAsksOnceForAllItsShopsAndKeepsTheCompetitionsFigures() {
        List<Collection<String>> asked = new ArrayList<>();
        StandingReader reader = (ids, month) -> {
            asked.add(List.copyOf(ids));
            assertEquals(MAY, month);
            return Map.of("B", new ShopStanding("season-1", "2026 年度服务之星", false, 12, 87, 10, 1.85));
        };
        Map<String, Standing> got = ShopReportSources.standings(Optional.of(reader),
                List.of(shop("A"), shop("B"), shop("C")), MAY);
        assertEquals(List.of(List.of("A", "B", "C")), asked);
        assertEquals(Map.of("B", new Standing("2026 年度服务之星", 12, 87, 10, 1.85, false)), got);
    }

    @Test
    void noShopsNoQuestion() {
        StandingReader refuses = (ids, month) -> {
            throw new AssertionError("not asked without shops");
        };
        assertEquals(Map.of(), ShopReportSources.standings(Optional.of(refuses), List.of(), MAY));
    }
}
