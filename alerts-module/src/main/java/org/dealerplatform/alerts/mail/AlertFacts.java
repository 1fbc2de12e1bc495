package org.dealerplatform.alerts.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What an alert mail may say about one alert: the shop, the times and the stored reasons (one line
 * per condition, as the inbox shows them). Deliberately nothing else: no contact, no comment, no
 * sample answers beyond what the reasons name.
 */
public record AlertFacts(String alertId, String tenantId, String shopId, String shopName, Instant raisedAt,
                         Instant firstContactDue, String reasonsZh, String reasonsEn) {

    public List<String> reasons(Locale locale) {
        String lines = "en".equals(locale.getLanguage()) ? reasonsEn : reasonsZh;
        return lines == null || lines.isBlank() ? List.of() : List.of(lines.split("\n"));
    }
}
