package org.dealerplatform.alerts.rules;

import java.util.Locale;
import org.dealerplatform.core.modules.LocalizedText;

/** The four ways a sample can raise an alert; any one is enough. */
public enum AlertCondition {
    LOW_OVERALL(new LocalizedText("总分过低", "Low overall score")),
    LOW_ITEM(new LocalizedText("单项评分过低", "Question rated low")),
    LOW_RECOMMENDATION(new LocalizedText("不愿推荐", "Unlikely to recommend")),
    COMPLAINT(new LocalizedText("客户投诉", "Customer complaint"));

    private final LocalizedText label;

    AlertCondition(LocalizedText label) {
        this.label = label;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }
}
