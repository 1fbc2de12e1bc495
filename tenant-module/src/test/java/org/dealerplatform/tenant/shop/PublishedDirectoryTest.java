package org.dealerplatform.tenant.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopProfile;
import org.junit.jupiter.api.Test;

/** The directory's rows as the driver hands them back (BOOLEAN as a Boolean or as a TINYINT). */
class PublishedDirectoryTest {

    @Test
    void aShopRowKeepsItsTenant() {
        ShopProfile shop = PublishedDirectory.shop(new Object[] {"11111111-1111-4111-8111-111111111111", "demo-group-a",
            "A1", "上海浦东丰田4S店", "TOYOTA", "丰田", "Toyota", "31", "上海", 1});
        assertEquals(new ShopProfile("11111111-1111-4111-8111-111111111111", "demo-group-a", "A1", "上海浦东丰田4S店",
                "TOYOTA", "丰田", "Toyota", "31", "上海", true), shop);
    }

    @Test
    void anAdvisorRowReadsEitherFormOfTheActiveFlag() {
        AdvisorProfile former = PublishedDirectory.advisor(new Object[] {"a1", "s1", "张三", "E1", Boolean.FALSE});
        assertEquals(new AdvisorProfile("a1", "s1", "张三", "E1", false), former);
        assertTrue(PublishedDirectory.advisor(new Object[] {"a2", "s1", "李四", "E2", (byte) 1}).active());
        assertFalse(PublishedDirectory.advisor(new Object[] {"a3", "s1", "王五", "E3", 0}).active());
    }

    @Test
    void idListsArePlaceholders() {
        assertEquals("(?, ?, ?)", PublishedDirectory.placeholders(3));
    }
}
