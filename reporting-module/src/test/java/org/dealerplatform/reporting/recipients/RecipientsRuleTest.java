package org.dealerplatform.reporting.recipients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class RecipientsRuleTest {

    @Test
    void aListIsCheckedAsAWholeAndARepeatedAddressCountsOnce() {
        List<Recipient> list = Recipients.checked(List.of("a@shop.example", "b@shop.example", "a@shop.example"),
                Map.of("b@shop.example", "en"));
        assertEquals(List.of("a@shop.example", "b@shop.example"),
                list.stream().map(r -> r.address().value()).toList());
        assertEquals(List.of("zh-CN", "en"), list.stream().map(Recipient::locale).toList());
    }

    @Test
    void theFirstBadEntryIsNamedByItsPosition() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Recipients.checked(
                List.of("a@shop.example", "x@evil.example\r\nBcc: y@evil.example"), null));
        assertEquals("emails[1]", refused.field());
    }

    @Test
    void noneIsAnEmptyListAndTooManyIsRefused() {
        assertEquals(List.of(), Recipients.checked(null, null));
        List<String> many = java.util.stream.IntStream.rangeClosed(0, 50).mapToObj(i -> "r" + i + "@shop.example")
                .toList();
        assertEquals("emails", assertThrows(RuleViolation.class, () -> Recipients.checked(many, Map.of())).field());
    }
}
