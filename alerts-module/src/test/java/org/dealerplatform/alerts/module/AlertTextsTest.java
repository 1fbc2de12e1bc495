package org.dealerplatform.alerts.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dealerplatform.alerts.cases.AlertCase;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.alerts.cases.NotResolvedReason;
import org.dealerplatform.alerts.cases.TransitionRefused;
import org.dealerplatform.core.phone.PhoneNumberRefused;
import org.junit.jupiter.api.Test;

class AlertTextsTest {

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = AlertTexts.bundle(locale);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void chinese_and_english_have_the_same_texts() {
        assertEquals(keys(Locale.SIMPLIFIED_CHINESE), keys(Locale.ENGLISH));
        assertEquals("客户预警与回访", AlertTexts.format(Locale.SIMPLIFIED_CHINESE, "module.name"));
        assertEquals("Hot alerts and call-backs", AlertTexts.format(Locale.ENGLISH, "module.name"));
        assertEquals(new AlertsModule().name().zh(), AlertTexts.format(Locale.SIMPLIFIED_CHINESE, "module.name"));
    }

    @Test
    void every_refusal_has_its_text_in_both_languages() {
        Set<String> zh = keys(Locale.SIMPLIFIED_CHINESE);
        Stream.of(PhoneNumberRefused.Reason.values()).map(PhoneNumberRefused.Reason::messageKey)
                .forEach(key -> assertTrue(zh.contains(key), key));
        // every refusal key the case workflow can raise, collected by trying every step from every status
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                AlertCase c = caseIn(from);
                try {
                    c.moveTo(to, "u", c.raisedAt().plusSeconds(600), "备注",
                            NotResolvedReason.OTHER);
                } catch (TransitionRefused refused) {
                    assertTrue(zh.contains(refused.messageKey()), refused.messageKey());
                }
            }
        }
    }

    private static AlertCase caseIn(CaseStatus status) {
        AlertCase c = AlertCase.open("a", Instant.parse("2026-03-02T02:00:00Z"));
        if (status != CaseStatus.OPEN) {
            c.markContacted("u", c.raisedAt().plusSeconds(60), null);
        }
        if (status == CaseStatus.RESOLVED) {
            c.resolve("u", c.raisedAt().plusSeconds(120), "好");
        } else if (status == CaseStatus.NOT_RESOLVED) {
            c.markNotResolved(NotResolvedReason.DECLINED, "u", c.raisedAt().plusSeconds(120), "否");
        }
        return c;
    }

    @Test
    void the_module_registers_as_alerts_with_pages_for_the_shops_people_and_figures_for_the_association() {
        AlertsModule module = new AlertsModule();
        assertEquals("alerts", module.id());
        assertEquals("classpath:db/migration/alerts", module.migrationLocation());
        assertEquals(java.util.List.of("/alerts", "/alerts/overdue", "/alerts/national"), module.navigation().stream()
                .map(org.dealerplatform.core.modules.NavigationEntry::path).toList());
        assertTrue(module.navigation().stream().filter(e -> e.roles().contains(
                org.dealerplatform.core.security.Roles.ASSOCIATION_ADMIN)).map(e -> e.path()).toList()
                .equals(java.util.List.of("/alerts/national")), "alerts carry a customer's number, the figures none");
    }
}
