package org.dealerplatform.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.core.web.PageRequest;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static List<String> badFields(Runnable parse) {
        ApiException e = assertThrows(ApiException.class, parse::run);
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void absentAndBlankParametersMeanNoFilter() {
        assertEquals(AuditQuery.EVERYTHING, AuditQuery.parse(null, null, null, null, null));
        assertEquals(AuditQuery.EVERYTHING, AuditQuery.parse("", " ", "", "", " "));
    }

    @Test
    void datesAreWholeUtcDaysWithToIncluded() {
        AuditQuery q = AuditQuery.parse(" id-1 ", "tenant.renamed", "demo-group-a", "2026-03-01", "2026-03-31");
        assertEquals("id-1", q.objectId());
        assertEquals("tenant.renamed", q.action());
        assertEquals("demo-group-a", q.tenant());
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), q.from());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), q.until());
        AuditQuery oneDay = AuditQuery.parse(null, null, null, "2026-03-01", "2026-03-01");
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), oneDay.until());
    }

    @Test
    void dateTimesWithAnOffsetArePrecise() {
        AuditQuery q = AuditQuery.parse(null, null, null, "2026-03-01T08:00:00+08:00", "2026-03-01T09:30:00Z");
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), q.from());
        assertEquals(Instant.parse("2026-03-01T09:30:00.001Z"), q.until());
        assertNull(q.objectId());
    }

    @Test
    void badDatesAreFieldErrors() {
        assertEquals(List.of("from"), badFields(() -> AuditQuery.parse(null, null, null, "yesterday", null)));
        assertEquals(List.of("from"), badFields(() -> AuditQuery.parse(null, null, null, "2026-02-30", null)));
        assertEquals(List.of("to"), badFields(() -> AuditQuery.parse(null, null, null, null, "2026-03-01T10:00")));
        assertEquals(List.of("from"), badFields(() -> AuditQuery.parse(null, null, null, "0001-01-01", null)));
        assertEquals(List.of("to"), badFields(() -> AuditQuery.parse(null, null, null, "2026-03-02", "2026-03-01")));
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        assertEquals(List.of("objectId", "action", "tenant", "from", "to"), badFields(() -> AuditQuery.parse(
                "o".repeat(65), "a".repeat(65), "t".repeat(41), "x", "y")));
        assertEquals(List.of("from", "page"), badFields(() -> AuditResource.Look.parse(null, null, null, "x", null,
                "abc", null)));
        assertEquals(List.of("size"), badFields(() -> AuditResource.Look.parse(null, null, null, null, null, "0",
                "201")));
        assertEquals(new PageRequest(2, 10),
                AuditResource.Look.parse(null, null, null, null, null, "2", "10").page());
    }
}
