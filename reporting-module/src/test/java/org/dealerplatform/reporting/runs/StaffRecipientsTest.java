package org.dealerplatform.reporting.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.reporting.recipients.Recipient;
import org.junit.jupiter.api.Test;

class StaffRecipientsTest {

    @Test
    void eachAddressOnceInTheLanguageOfItsAccountChineseUnlessEnglish() {
        List<Recipient> readers = StaffRecipients.of(List.of(
                new StaffContact("a", MailAddress.of("a@demo.example.com"), Locale.SIMPLIFIED_CHINESE),
                new StaffContact("b", MailAddress.of("b@demo.example.com"), Locale.ENGLISH),
                new StaffContact("b2", MailAddress.of("b@demo.example.com"), Locale.SIMPLIFIED_CHINESE),
                new StaffContact("c", MailAddress.of("c@demo.example.com"), Locale.GERMAN),
                new StaffContact("d", MailAddress.of("d@demo.example.com"), null)));
        assertEquals(List.of("a@demo.example.com zh-CN", "b@demo.example.com en", "c@demo.example.com zh-CN",
                "d@demo.example.com zh-CN"), readers.stream().map(r -> r.address().value() + " " + r.locale()).toList());
    }

    @Test
    void nobodyIsNobody() {
        assertEquals(List.of(), StaffRecipients.of(List.of()));
    }
}
