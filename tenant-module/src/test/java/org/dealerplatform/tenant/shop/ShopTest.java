package org.dealerplatform.tenant.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShopTest {

    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");

    static Shop shop(String code) {
        return new Shop(code, "上海浦东丰田4S店", "TOYOTA", "31", "上海", "浦东新区张江路 1 号", NOW);
    }

    @Test
    void codeIsNormalisedToUpperCase() {
        assertEquals("A1", shop(" a1 ").code());
        assertEquals("SH-PD_01", shop("sh-pd_01").code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-A1", "A 1", "门店1", "A1!"})
    void refusesBadCodes(String code) {
        assertEquals("code", assertThrows(RuleViolation.class, () -> shop(code)).field());
    }

    @Test
    void refusesOverlongCode() {
        assertThrows(RuleViolation.class, () -> shop("A".repeat(33)));
        shop("A".repeat(32));
    }

    @Test
    void provinceMustBeAKnownDivision() {
        assertEquals("province", assertThrows(RuleViolation.class,
                () -> new Shop("A1", "n", "TOYOTA", "99", "c", "a", NOW)).field());
        assertEquals("44", new Shop("A1", "n", "TOYOTA", "44", "广州", "a", NOW).provinceCode());
    }

    @Test
    void requiredFieldsAreCheckedBeforeAnythingChanges() {
        Shop shop = shop("A1");
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> shop.describe("新名字", "TOYOTA", "31", "上海", " ", NOW));
        assertEquals("address", e.field());
        assertEquals("上海浦东丰田4S店", shop.name(), "a refused change leaves the shop as it was");
    }

    @Test
    void deactivateAndActivate() {
        Shop shop = shop("A1");
        assertTrue(shop.active());
        shop.deactivate(NOW);
        assertFalse(shop.active());
        shop.activate(NOW);
        assertTrue(shop.active());
    }
}
