package org.dealerplatform.tenant.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dealerplatform.core.domain.NotFound;
import org.junit.jupiter.api.Test;

/**
 * Other modules ask "is this shop visible to the caller?" and get an empty answer for a shop they
 * may not see; only that refusal is turned into "empty", any other failure still reaches them.
 */
class PublishedShopsTest {

    static PublishedShops over(RuntimeException refusal) {
        PublishedShops published = new PublishedShops();
        published.shops = new Shops() {
            @Override
            public Shop visible(String id) {
                throw refusal;
            }
        };
        return published;
    }

    @Test
    void aShopTheCallerCannotSeeIsEmptyNotAnError() {
        assertTrue(over(new NotFound("shop")).visibleShop("another-groups-shop").isEmpty());
    }

    @Test
    void otherFailuresAreNotMistakenForAnInvisibleShop() {
        IllegalStateException broken = new IllegalStateException("database gone");
        assertEquals(broken, assertThrows(IllegalStateException.class, () -> over(broken).visibleShop("s-1")));
    }
}
