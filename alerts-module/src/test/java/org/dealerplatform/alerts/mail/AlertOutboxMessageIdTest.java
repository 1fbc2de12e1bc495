package org.dealerplatform.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

class AlertOutboxMessageIdTest {

    static final MailAddress MANAGER = MailAddress.of("shop-a1@demo.example.com");

    @Test
    void one_message_id_per_kind_subject_and_recipient_without_the_address_in_it() {
        String alert = "4f1c2a9e-0000-4000-8000-000000000001";
        String id = AlertOutbox.messageId(MailKind.NEW_ALERT, alert, MANAGER, "dealer-platform.local");
        assertTrue(id.startsWith("<alert.NEW_ALERT." + alert + "."), id);
        assertTrue(id.endsWith("@dealer-platform.local>"), id);
        assertFalse(id.contains("shop-a1"), id);
        assertEquals(id, AlertOutbox.messageId(MailKind.NEW_ALERT, alert, MANAGER, "dealer-platform.local"),
                "the same row, the same id, on every attempt");
        assertNotEquals(id, AlertOutbox.messageId(MailKind.ESCALATION, alert, MANAGER, "dealer-platform.local"));
        assertNotEquals(id, AlertOutbox.messageId(MailKind.NEW_ALERT, alert, MailAddress.of("b@demo.example.com"),
                "dealer-platform.local"));
    }

    @Test
    void every_kind_of_message_id_is_one_the_mail_composer_accepts() {
        for (String id : List.of(
                AlertOutbox.messageId(MailKind.NEW_ALERT, "4f1c2a9e-0000-4000-8000-000000000001", MANAGER, "example.cn"),
                AlertOutbox.messageId(MailKind.DIGEST, "4f1c2a9e-0000-4000-8000-000000000009/2026-03-05", MANAGER,
                        "example.cn"))) {
            new OutgoingMail(MANAGER, null, "s", "t", "<p>t</p>", List.of(), List.of(), id, null, null);
        }
    }
}
