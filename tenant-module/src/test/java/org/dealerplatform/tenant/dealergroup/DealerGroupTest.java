package org.dealerplatform.tenant.dealergroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DealerGroupTest {

    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");

    @Test
    void newGroupIsActiveWithTrimmedNameAndItsModules() {
        DealerGroup group = new DealerGroup("east-china-auto", "  华东汽车集团 ", "ops@east.example.com", Set.of("tenants"), NOW);
        assertTrue(group.active());
        assertEquals(TenantStatus.ACTIVE, group.status());
        assertEquals("华东汽车集团", group.name());
        assertEquals(Set.of("tenants"), group.modules());
        assertEquals(36, group.id().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"association-admin", "master", "ab", "Upper", "-lead", "trail-", "has space", "中文", "a_b"})
    void refusesCodesThatCannotBeTenantIds(String code) {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> new DealerGroup(code, "n", "ops@x.example.com", Set.of(), NOW));
        assertEquals("code", e.field());
    }

    @Test
    void acceptsCodesAtTheLimits() {
        DealerGroup.validCode("abc");
        DealerGroup.validCode("a".repeat(40));
        assertThrows(RuleViolation.class, () -> DealerGroup.validCode("a".repeat(41)));
    }

    @Test
    void refusesMissingOrOverlongNameAndBadEmail() {
        assertEquals("name", assertThrows(RuleViolation.class,
                () -> new DealerGroup("abc", " ", "ops@x.example.com", Set.of(), NOW)).field());
        assertEquals("name", assertThrows(RuleViolation.class,
                () -> new DealerGroup("abc", "名".repeat(101), "ops@x.example.com", Set.of(), NOW)).field());
        assertEquals("contactEmail", assertThrows(RuleViolation.class,
                () -> new DealerGroup("abc", "n", "not-mail", Set.of(), NOW)).field());
    }

    @Test
    void suspendAndReactivate() {
        DealerGroup group = new DealerGroup("abc", "n", "ops@x.example.com", Set.of(), NOW);
        group.changeStatus(TenantStatus.SUSPENDED, NOW);
        assertFalse(group.active());
        group.changeStatus(TenantStatus.SUSPENDED, NOW);
        assertEquals(TenantStatus.SUSPENDED, group.status(), "suspending twice is harmless");
        group.reactivate(NOW);
        assertTrue(group.active());
    }

    @Test
    void subscriptionReplacesModules() {
        DealerGroup group = new DealerGroup("abc", "n", "ops@x.example.com", Set.of("tenants"), NOW);
        group.subscribe(Set.of(), NOW);
        assertEquals(Set.of(), group.modules());
    }

    @Test
    void firstAdminUsernameFollowsTheCode() {
        assertEquals("east-china-auto-admin", DealerGroup.firstAdminUsername("east-china-auto"));
    }
}
