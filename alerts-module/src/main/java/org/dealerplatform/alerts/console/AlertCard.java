package org.dealerplatform.alerts.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.alerts.cases.StoredAlert;
import org.dealerplatform.alerts.rules.AlertCondition;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * One alert as the pages print it: shop, Beijing time, the reasons in the reader's language and
 * the deadline that matters now ({@code dueKey} names it: first contact while OPEN, closure while
 * CONTACTED, none once closed). Never holds the phone number.
 */
public record AlertCard(String id, String shopName, String shopCode, String status, String statusLabel,
                        String raisedAt, List<String> reasons, String dueKey, String due, boolean overdue,
                        long overdueHours, boolean hasContact, boolean closed) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static AlertCard of(StoredAlert a, ShopProfile shop, Locale locale, Instant now) {
        String reasons = "en".equals(locale.getLanguage()) ? a.reasonsEn() : a.reasonsZh();
        List<String> lines = reasons == null || reasons.isBlank()
                ? a.conditionCodes().stream().map(c -> AlertCondition.valueOf(c).label(locale)).toList()
                : List.of(reasons.split("\n"));
        Instant due = a.status() == CaseStatus.OPEN ? a.firstContactDue()
                : a.status().closed() ? null : a.closureDue();
        String dueKey = a.status() == CaseStatus.OPEN ? "alerts.due.firstContact"
                : a.status().closed() ? null : "alerts.due.closure";
        boolean overdue = a.overdueAt(now);
        return new AlertCard(a.id(), shop == null ? "" : shop.name(), shop == null ? "" : shop.code(),
                a.status().name(), a.status().label(locale), time(a.raisedAt()), lines, dueKey, time(due), overdue,
                overdue ? Math.max(1, java.time.Duration.between(due, now).toHours()) : 0, a.hasContact(),
                a.status().closed());
    }

    static String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(BEIJING));
    }
}
