package org.dealerplatform.reporting.recipients;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.mail.MailAddress;

/**
 * Who receives a shop's report now, and why: {@code managedByDefault} when nobody set the list and
 * the shop's managers get it, otherwise the list a group admin keeps. The rule in one place, free
 * of the database and Keycloak, so the API, the console and the run planner cannot disagree.
 */
public record ShopRecipients(List<Recipient> recipients, boolean managedByDefault) {

    public ShopRecipients {
        recipients = List.copyOf(recipients);
    }

    /** A group admin's list is the list, even when empty: managers are then never added on their own. */
    public static ShopRecipients keptByHand(List<Recipient> kept) {
        return new ShopRecipients(kept, false);
    }

    /**
     * The shop's managers, each in the language of their account, in address order, once each,
     * without those who unsubscribed from this shop's report (their address stays in Keycloak, so
     * the unsubscribe is what keeps them off).
     */
    public static ShopRecipients byDefault(Collection<StaffContact> managers, Set<MailAddress> unsubscribed) {
        Map<MailAddress, Recipient> once = new LinkedHashMap<>();
        managers.stream().filter(m -> !unsubscribed.contains(m.email()))
                .sorted(Comparator.comparing((StaffContact m) -> m.email().value()))
                .forEach(m -> once.putIfAbsent(m.email(),
                        new Recipient(m.email(), Recipient.localeOf(m.locale().toLanguageTag()))));
        return new ShopRecipients(List.copyOf(once.values()), true);
    }

    public boolean isEmpty() {
        return recipients.isEmpty();
    }
}
