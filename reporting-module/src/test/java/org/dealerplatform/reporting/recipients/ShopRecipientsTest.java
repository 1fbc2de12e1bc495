package org.dealerplatform.reporting.recipients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.mail.MailAddress;
import org.junit.jupiter.api.Test;

class ShopRecipientsTest {

    static final MailAddress WANG = MailAddress.of("wang@shop-a1.example");
    static final MailAddress LI = MailAddress.of("li@shop-a1.example");

    @Test
    void withoutAListTheManagersReceiveItEachInTheLanguageOfTheirAccount() {
        ShopRecipients shown = ShopRecipients.byDefault(List.of(
                new StaffContact("wang", WANG, Locale.SIMPLIFIED_CHINESE),
                new StaffContact("li", LI, Locale.ENGLISH)), Set.of());
        assertTrue(shown.managedByDefault());
        assertEquals(List.of(new Recipient(LI, "en"), new Recipient(WANG, "zh-CN")), shown.recipients(),
                "in address order");
    }

    @Test
    void aManagerWhoUnsubscribedIsNotAddedBackByDefault() {
        ShopRecipients shown = ShopRecipients.byDefault(List.of(
                new StaffContact("wang", WANG, Locale.SIMPLIFIED_CHINESE),
                new StaffContact("li", LI, Locale.SIMPLIFIED_CHINESE)), Set.of(LI));
        assertEquals(List.of(new Recipient(WANG, "zh-CN")), shown.recipients());
    }

    @Test
    void twoAccountsWithOneAddressGetOneMail() {
        ShopRecipients shown = ShopRecipients.byDefault(List.of(
                new StaffContact("wang", WANG, Locale.SIMPLIFIED_CHINESE),
                new StaffContact("wang-old", WANG, Locale.ENGLISH)), Set.of());
        assertEquals(1, shown.recipients().size());
    }

    @Test
    void noManagersMeansNobodyStillByDefault() {
        ShopRecipients shown = ShopRecipients.byDefault(List.of(), Set.of());
        assertTrue(shown.isEmpty());
        assertTrue(shown.managedByDefault());
    }

    @Test
    void aListKeptByHandIsTheListEvenWhenEmpty() {
        ShopRecipients kept = ShopRecipients.keptByHand(List.of(new Recipient(WANG, "en")));
        assertFalse(kept.managedByDefault());
        assertEquals(List.of(new Recipient(WANG, "en")), kept.recipients());
        ShopRecipients emptied = ShopRecipients.keptByHand(List.of());
        assertFalse(emptied.managedByDefault(), "removing everyone sticks: managers are not added back");
        assertTrue(emptied.isEmpty());
    }
}
