package org.dealerplatform.alerts.cases;

import java.util.Locale;
import org.dealerplatform.core.modules.LocalizedText;

/** Where a case stands; the names are the API's {@code status} values. */
public enum CaseStatus {
    OPEN(new LocalizedText("待联系", "Open")),
    CONTACTED(new LocalizedText("已联系", "Contacted")),
    RESOLVED(new LocalizedText("已解决", "Resolved")),
    NOT_RESOLVED(new LocalizedText("未解决", "Not resolved")),
    /**
     * The sample stopped counting (screening flagged it later, or review rejected it) before
     * anybody called: nobody works the case, it is left out of the figures and its contact is
     * erased. Set only by the scan, never by a person; back to OPEN if review accepts the sample.
     */
    WITHDRAWN(new LocalizedText("已撤回", "Withdrawn"));

    private final LocalizedText label;

    CaseStatus(LocalizedText label) {
        this.label = label;
    }

    /** Closed cases are off the shop's to-do list; their contact data is erased. */
    public boolean closed() {
        return this == RESOLVED || this == NOT_RESOLVED || this == WITHDRAWN;
    }

    /** Whether the case counts in a shop's figures: every case but a withdrawn one. */
    public boolean counts() {
        return this != WITHDRAWN;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }
}
