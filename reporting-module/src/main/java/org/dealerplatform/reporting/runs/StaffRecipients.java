package org.dealerplatform.reporting.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.reporting.recipients.Recipient;

/**
 * The readers of a group or national report: the group's admins or the association's, as the
 * identity provider lists them, each once (a shared mailbox may stand behind two accounts; the
 * first account's language wins) and in the language of their account, Chinese unless English.
 */
final class StaffRecipients {

    private StaffRecipients() {
    }

    static List<Recipient> of(List<StaffContact> contacts) {
        Map<MailAddress, Recipient> unique = new LinkedHashMap<>();
        for (StaffContact c : contacts) {
            if (c.email() != null) {
                unique.putIfAbsent(c.email(), new Recipient(c.email(),
                        Recipient.localeOf(c.locale() == null ? null : c.locale().toLanguageTag())));
            }
        }
        return List.copyOf(unique.values());
    }
}
