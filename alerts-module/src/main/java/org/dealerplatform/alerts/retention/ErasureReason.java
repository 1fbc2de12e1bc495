package org.dealerplatform.alerts.retention;

import java.util.Locale;
import org.dealerplatform.core.modules.LocalizedText;

/** Why contact data was erased, for the audit trail. */
public enum ErasureReason {
    CASE_CLOSED(new LocalizedText("回访案例已关闭", "The call-back case was closed")),
    RETENTION_ELAPSED(new LocalizedText("已到最长保存期限", "The longest retention period has passed"));

    private final LocalizedText label;

    ErasureReason(LocalizedText label) {
        this.label = label;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }
}
