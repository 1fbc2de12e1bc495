package org.dealerplatform.reporting.exportjobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.reporting.export.ExportFormat;
import org.dealerplatform.reporting.export.ExportKind;
import org.dealerplatform.reporting.export.ExportScope;
import org.junit.jupiter.api.Test;

class ExportOrderTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aWellFormedOrder() {
        ExportOrder order = ExportOrder.parse("SAMPLES", "XLSX", "2026-01", "2026-03", ZH);
        assertEquals(ExportKind.SAMPLES, order.kind());
        assertEquals(ExportFormat.XLSX, order.format());
        assertEquals(YearMonth.of(2026, 1), order.period().from());
        assertEquals(YearMonth.of(2026, 3), order.period().to());
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        ApiException refused = assertThrows(ApiException.class,
                () -> ExportOrder.parse("CUSTOMERS", "pdf", "2026-03", "2026-02", ZH));
        assertEquals(400, refused.status());
        assertEquals(List.of("table", "format", "from"), refused.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("table"), fields(() -> ExportOrder.parse(null, "CSV", "2026-01", "2026-01", ZH)));
        assertEquals(List.of("format"), fields(() -> ExportOrder.parse("SCORES", "csv", "2026-01", "2026-01", ZH)),
                "exactly the names the API documents");
    }

    @Test
    void theBackgroundTakesLongerPeriodsThanAStreamedDownloadButNotEndless() {
        ExportOrder.parse("SAMPLES", "CSV", "2022-01", "2026-12", ZH);
        assertEquals(List.of("to"), fields(() -> ExportOrder.parse("SAMPLES", "CSV", "2021-12", "2026-12", ZH)));
    }

    @Test
    void theSameRequestOfTheSameCallerIsOneKeyAndAnythingElseAnother() {
        ExportOrder order = ExportOrder.parse("SAMPLES", "CSV", "2026-01", "2026-03", ZH);
        ExportScope.Reach groupA = new ExportScope.Reach("demo-group-a", null);
        String key = order.sameRequestKey("user-1", groupA);
        assertEquals(64, key.length());
        assertEquals(key, ExportOrder.parse("SAMPLES", "CSV", "2026-01", "2026-03", ZH).sameRequestKey("user-1", groupA));
        assertNotEquals(key, order.sameRequestKey("user-2", groupA));
        assertNotEquals(key, order.sameRequestKey("user-1", new ExportScope.Reach(null, null)));
        assertNotEquals(key, ExportOrder.parse("SAMPLES", "XLSX", "2026-01", "2026-03", ZH)
                .sameRequestKey("user-1", groupA));
        assertNotEquals(key, ExportOrder.parse("SAMPLES", "CSV", "2026-01", "2026-03", Locale.ENGLISH)
                .sameRequestKey("user-1", groupA), "headers in another language are another file");
    }

    private static List<String> fields(Runnable call) {
        ApiException refused = assertThrows(ApiException.class, call::run);
        return refused.errors().stream().map(FieldError::field).toList();
    }
}
