package org.dealerplatform.alerts.cases;

import java.util.Locale;
import org.dealerplatform.core.modules.LocalizedText;

/** Where a case stands; the names are the API's {@code status} values. */
public enum CaseStatus {
    OPEN(new LocalizedText("待联系", "Open")),
    CONTACTED(new LocalizedText("已联系", "Contacted")),
    RESOLVED(new LocalizedText("已解决", "Resolved")),
    NOT_RESOLVED(new LocalizedText("未解决", "Not resolved"));

    private final LocalizedText label;

    CaseStatus(LocalizedText label) {
        this.label = label;
    }

    /** Closed cases are off the shop's to-do list; their contact data is erased. */
    public boolean closed() {
        return this == RESOLVED || this == NOT_RESOLVED;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }
}
