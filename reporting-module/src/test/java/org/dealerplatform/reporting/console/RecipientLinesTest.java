package org.dealerplatform.reporting.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.reporting.recipients.Recipients;
import org.junit.jupiter.api.Test;

class RecipientLinesTest {

    @Test
    void readsOneAddressPerLineWithAnOptionalLanguageAndSkipsBlankLines() {
        RecipientLines lines = RecipientLines.read("a@shop.example\r\n\n  b@shop.example EN \nc@shop.example zh\n");
        assertNull(lines.problem());
        assertEquals(List.of("a@shop.example", "b@shop.example", "c@shop.example"), lines.emails());
        assertEquals(Map.of("a@shop.example", "zh-CN", "b@shop.example", "en", "c@shop.example", "zh-CN"),
                lines.locales());
        assertEquals(List.of(1, 3, 4), lines.lineNumbers());
    }

    @Test
    void aBadAddressIsNamedByTheLineTheAdminTyped() {
        RecipientLines lines = RecipientLines.read("a@shop.example\n\nnot-an-address\n");
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> Recipients.checked(lines.emails(), lines.locales()));
        assertEquals("emails[1]", refused.field());
        assertEquals(new RecipientLines.Problem("address", 3, "not-an-address"), lines.problemOf(refused));
    }

    @Test
    void anUnknownLanguageOrAThirdWordIsRefusedBeforeTheAddressRule() {
        assertEquals(new RecipientLines.Problem("language", 2, "b@shop.example fr"),
                RecipientLines.read("a@shop.example\nb@shop.example fr").problem());
        assertEquals(new RecipientLines.Problem("format", 1, "Bcc: x@evil.example en"),
                RecipientLines.read("Bcc: x@evil.example en").problem());
        assertEquals("tooLong", RecipientLines.read("a".repeat(20_001))
                .problem().code());
    }

    @Test
    void tooManyAddressesAreRefusedForTheWholeBox() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= Recipients.MOST_RECIPIENTS; i++) {
            text.append("r").append(i).append("@shop.example\n");
        }
        RecipientLines lines = RecipientLines.read(text.toString());
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> Recipients.checked(lines.emails(), lines.locales()));
        assertEquals("tooMany", lines.problemOf(refused).code());
    }
}
