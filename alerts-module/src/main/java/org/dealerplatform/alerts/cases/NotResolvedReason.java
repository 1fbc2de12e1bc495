package org.dealerplatform.alerts.cases;

import java.util.Locale;
import org.dealerplatform.core.modules.LocalizedText;

/**
 * Why a case closed without a resolution, as a code a group can count across its shops; the note
 * says the rest.
 */
public enum NotResolvedReason {
    UNREACHABLE(new LocalizedText("多次联系不上客户", "Customer could not be reached")),
    NO_CONTACT_DATA(new LocalizedText("客户未留联系方式", "Customer left no contact details")),
    DECLINED(new LocalizedText("客户不愿沟通", "Customer declined to talk")),
    NO_AGREEMENT(new LocalizedText("未能与客户达成一致", "No agreement with the customer")),
    OTHER(new LocalizedText("其他原因（见备注）", "Other (see note)"));

    private final LocalizedText label;

    NotResolvedReason(LocalizedText label) {
        this.label = label;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }
}
