package org.dealerplatform.core.standings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShopStandingTest {

    @Test
    void aStandingKeepsItsFiguresConsistent() {
        assertTrue(new ShopStanding("s", "2026", false, 3, 40, 3, 0).inAwardPlaces());
        assertFalse(new ShopStanding("s", "2026", false, 4, 40, 3, 0.45).inAwardPlaces());
        assertThrows(IllegalArgumentException.class, () -> new ShopStanding("s", "2026", false, 0, 40, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new ShopStanding("s", "2026", false, 41, 40, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new ShopStanding("s", "2026", false, 5, 40, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ShopStanding("s", "2026", false, 5, 40, 3, -1));
        assertThrows(IllegalArgumentException.class, () -> new ShopStanding("s", "2026", false, 5, 40, 3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ShopStanding("s", "2026", false, 2, 40, 3, 0.5),
                "inside the award places nothing is missing");
    }

    @Test
    void oneShopIsAskedThroughTheSameMethodAsMany() {
        ShopStanding standing = new ShopStanding("s", "2026", false, 1, 2, 1, 0);
        StandingReader reader = (Collection<String> ids, YearMonth month) ->
                ids.contains("A") ? Map.of("A", standing) : Map.of();
        assertEquals(Optional.of(standing), reader.standingOf("A", YearMonth.of(2026, 5)));
        assertEquals(Optional.empty(), reader.standingOf("B", YearMonth.of(2026, 5)));
        assertEquals(Map.of(), reader.standingsOf(List.of(), YearMonth.of(2026, 5)));
    }
}
