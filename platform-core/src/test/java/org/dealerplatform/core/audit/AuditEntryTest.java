package org.dealerplatform.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Actor WHO = new Actor("group-a", "group-admin", "demo-group-a");
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00.123Z");

    private static AuditEntry entry(String action, String summary, String reason) {
        return new AuditEntry(WHO, WHO.tenantId(), action, "shop", "id-1", summary, reason, AT);
    }

    @Test
    void aLongSummaryIsClippedNeverRefused() {
        AuditEntry e = entry("shop.changed", "名".repeat(2_000), "理".repeat(600));
        assertEquals(AuditEntry.SUMMARY_LENGTH, e.summary().codePointCount(0, e.summary().length()));
        assertTrue(e.summary().endsWith("…"));
        assertEquals(AuditEntry.REASON_LENGTH, e.reason().codePointCount(0, e.reason().length()));
    }

    @Test
    void textThatFitsIsKeptAsItIs() {
        String exactly = "x".repeat(AuditEntry.SUMMARY_LENGTH);
        assertEquals(exactly, entry("shop.changed", exactly, null).summary());
        assertEquals("name: 华东集团 → 华东汽车集团", entry("tenant.renamed", "name: 华东集团 → 华东汽车集团", null).summary());
    }

    @Test
    void clippingNeverCutsACharacterInHalf() {
        String emoji = "😀"; // two UTF-16 chars, one code point: one character for the database
        String clipped = AuditEntry.clip(emoji.repeat(10), 5);
        assertEquals(5, clipped.codePointCount(0, clipped.length()));
        assertEquals(emoji.repeat(4) + "…", clipped);
        assertEquals(emoji.repeat(5), AuditEntry.clip(emoji.repeat(5), 5));
    }

    @Test
    void summariesAreOneLineAndBlankIsAbsent() {
        assertEquals("a b", AuditEntry.clip(" a\r\n\tb ", 10));
        assertNull(AuditEntry.clip("  \n ", 10));
        assertNull(AuditEntry.clip(null, 10));
        assertEquals("", entry("shop.changed", null, null).summary());
        assertNull(entry("shop.changed", "s", "   ").reason());
    }

    @Test
    void otherColumnsAreClippedToo() {
        AuditEntry e = new AuditEntry(new Actor("u".repeat(300), "r".repeat(50), null), "t".repeat(50),
                "shop.created", "shop", "o".repeat(100), "s", null, AT);
        assertEquals(100, e.username().length());
        assertEquals(40, e.role().length());
        assertEquals(40, e.tenantId().length());
        assertEquals(64, e.objectId().length());
        assertEquals("-", new AuditEntry(WHO, null, "rollups.rebuilt", "rollups", null, "s", null, AT).objectId());
    }

    @Test
    void actionsAreStableDottedCodes() {
        for (String good : new String[] {"tenant.renamed", "survey-code.rotated", "tenant.modules-changed", "a.b.c"}) {
            assertEquals(good, entry(good, "s", null).action());
        }
        for (String bad : new String[] {null, "", "renamed", "Tenant.Renamed", "tenant.", ".renamed", "tenant renamed",
                "tenant." + "x".repeat(60)}) {
            assertThrows(IllegalArgumentException.class, () -> entry(bad, "s", null), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEntry(WHO, null, "shop.created", " ", "id", "s", null, AT));
    }

    @Test
    void entriesCannotBeChangedOnceWritten() {
        for (java.lang.reflect.Field field : AuditEntry.class.getDeclaredFields()) {
            jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
            if (column != null) {
                assertTrue(!column.updatable(), field.getName() + " must be insert-only");
            }
        }
        for (java.lang.reflect.Method method : AuditEntry.class.getDeclaredMethods()) {
            assertTrue(java.lang.reflect.Modifier.isStatic(method.getModifiers()) || method.getParameterCount() == 0,
                    "no method may change an entry: " + method);
        }
    }

    @Test
    void keepsWhoAndWhen() {
        AuditEntry e = entry("shop.created", "A1", null);
        assertEquals(AT, e.at());
        assertEquals("group-a", e.username());
        assertEquals("group-admin", e.role());
        assertEquals("demo-group-a", e.tenantId());
        assertEquals(36, e.id().length());
    }
}
