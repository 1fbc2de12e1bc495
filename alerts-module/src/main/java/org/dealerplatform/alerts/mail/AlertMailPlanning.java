package org.dealerplatform.alerts.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.directory.StaffContacts;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Decides which alert mails to queue and queues them, each page in one transaction with the
 * conditional UPDATE that records the decision (see the package). Recipients are asked for when
 * the mail is planned; when nobody can say ({@link StaffContactsUnavailable}, or no module
 * publishes the directory) the alert stays as it is and the next tick asks again.
 */
@ApplicationScoped
public class AlertMailPlanning {

    private static final Logger LOG = Logger.getLogger(AlertMailPlanning.class.getName());
    public static final int PAGE = 50;
    private static final String FACTS = "id, tenant_id, shop_id, raised_at, first_contact_due, reasons_zh, reasons_en";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Instance<StaffContacts> staff;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    MailPreferences preferences;

    @Inject
    AlertOutbox outbox;

    /** Where links point and which domain names the Message-IDs: the same for every mail of a tick. */
    public record Sender(String baseUrl, String domain) {
    }

    /** Plans the new-alert mail of up to a page of alerts; returns how many alerts it read. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int planNewAlerts(Sender sender, Instant now) {
        List<Object[]> rows = NativeSql.query(em, "select " + FACTS + " from alert_case where mail_planned_at is null"
                + " order by raised_at limit ?").setParameter(1, PAGE).getResultList();
        if (rows.isEmpty() || !available()) {
            return 0;
        }
        Map<String, ShopProfile> shops = shops(rows);
        Map<String, List<StaffContact>> managers = new HashMap<>();
        for (Object[] row : rows) {
            AlertFacts alert = facts(row, shops);
            ShopProfile shop = shops.get(alert.shopId());
            List<StaffContact> to;
            try {
                to = shop == null ? List.of() : managers.computeIfAbsent(alert.shopId(),
                        id -> staff.get().shopManagers(alert.tenantId(), shop.code()));
            } catch (StaffContactsUnavailable e) {
                LOG.warning("alert mail waits: " + e.getMessage());
                return 0;    // what this page planned so far commits; the rest waits for the next tick
            }
            MailMode mode = MailMode.forNewAlert(preferences.wantsDigest(alert.tenantId(), alert.shopId()), to.size());
            int planned = NativeSql.query(em, "update alert_case set mail_planned_at = ?, mail_mode = ?"
                            + " where id = ? and mail_planned_at is null")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, mode.name()).setParameter(3, alert.alertId())
                    .executeUpdate();
            if (planned == 1 && mode == MailMode.EACH) {
                for (StaffContact manager : to) {
                    outbox.queue(MailKind.NEW_ALERT, alert.alertId(), manager, alert.tenantId(), alert.shopId(),
                            alert.alertId(), texts(manager, sender).newAlert(alert), sender.domain(), now);
                }
            }
        }
        return rows.size();
    }

    /**
     * Escalates up to a page of cases past their first-contact deadline: the condition of
     * {@link CaseMailFacts#escalationDue}, set once by a conditional UPDATE with the mails to the
     * group admins in the same transaction. Returns how many cases it read.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int escalateOverdue(Sender sender, Instant now) {
        List<Object[]> rows = NativeSql.query(em, "select " + FACTS + " from alert_case where status = 'OPEN'"
                        + " and escalated_at is null and first_contact_due < ? order by first_contact_due limit ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, PAGE).getResultList();
        if (rows.isEmpty() || !available()) {
            return 0;
        }
        Map<String, ShopProfile> shops = shops(rows);
        Map<String, List<StaffContact>> admins = new HashMap<>();
        for (Object[] row : rows) {
            AlertFacts alert = facts(row, shops);
            List<StaffContact> to;
            try {
                to = admins.computeIfAbsent(alert.tenantId(), tenant -> staff.get().groupAdmins(tenant));
            } catch (StaffContactsUnavailable e) {
                LOG.warning("escalation waits: " + e.getMessage());
                return 0;
            }
            int escalated = NativeSql.query(em, "update alert_case set escalated_at = ? where id = ? and tenant_id = ?"
                            + " and status = 'OPEN' and escalated_at is null and first_contact_due < ?")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, alert.alertId())
                    .setParameter(3, alert.tenantId()).setParameter(4, Timestamp.from(now)).executeUpdate();
            if (escalated == 1) {
                if (to.isEmpty()) {
                    LOG.warning("alert " + alert.alertId() + " escalated, but its group has no admin with an address");
                }
                for (StaffContact admin : to) {
                    outbox.queue(MailKind.ESCALATION, alert.alertId(), admin, alert.tenantId(), alert.shopId(),
                            alert.alertId(), texts(admin, sender).escalation(alert), sender.domain(), now);
                }
            }
        }
        return rows.size();
    }

    /**
     * Writes today's digests (or yesterday's, before today's time): for every shop with alerts
     * waiting from before the digest's cut-off, the one {@code alert_digest} row of that shop and
     * day, the alerts marked as listed, one mail per manager. A shop whose digest of that day went
     * already keeps its later alerts for the next day. A shop with no manager keeps them until it
     * has one. Returns how many digests it wrote.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int writeDigests(Sender sender, DigestSchedule schedule, Instant now) {
        DigestSchedule.Digest digest = schedule.latest(now);
        List<Object[]> waiting = NativeSql.query(em, "select distinct tenant_id, shop_id from alert_case"
                        + " where mail_mode = 'DIGEST' and digest_day is null and raised_at < ? limit ?")
                .setParameter(1, Timestamp.from(digest.cutOff())).setParameter(2, PAGE).getResultList();
        if (waiting.isEmpty() || !available()) {
            return 0;
        }
        Map<String, ShopProfile> shops = directory.get().shops(waiting.stream().map(r -> (String) r[1])
                .collect(Collectors.toCollection(LinkedHashSet::new))).stream()
                .collect(Collectors.toMap(ShopProfile::id, Function.identity()));
        int written = 0;
        for (Object[] row : waiting) {
            String tenantId = (String) row[0];
            String shopId = (String) row[1];
            ShopProfile shop = shops.get(shopId);
            if (shop == null) {
                continue;
            }
            List<StaffContact> to;
            try {
                to = staff.get().shopManagers(tenantId, shop.code());
            } catch (StaffContactsUnavailable e) {
                LOG.warning("alert digest waits: " + e.getMessage());
                break;
            }
            if (to.isEmpty() || NativeSql.query(em, "insert ignore into alert_digest (shop_id, day, tenant_id, alerts,"
                            + " created_at) values (?, ?, ?, 0, ?)").setParameter(1, shopId)
                    .setParameter(2, Date.valueOf(digest.day())).setParameter(3, tenantId)
                    .setParameter(4, Timestamp.from(now)).executeUpdate() != 1) {
                continue;
            }
            NativeSql.query(em, "update alert_case set digest_day = ? where tenant_id = ? and shop_id = ?"
                            + " and mail_mode = 'DIGEST' and digest_day is null and raised_at < ?")
                    .setParameter(1, Date.valueOf(digest.day())).setParameter(2, tenantId).setParameter(3, shopId)
                    .setParameter(4, Timestamp.from(digest.cutOff())).executeUpdate();
            List<Object[]> listed = NativeSql.query(em, "select " + FACTS + " from alert_case where tenant_id = ?"
                            + " and shop_id = ? and digest_day = ? order by raised_at")
                    .setParameter(1, tenantId).setParameter(2, shopId).setParameter(3, Date.valueOf(digest.day()))
                    .getResultList();
            List<AlertFacts> alerts = listed.stream().map(r -> facts(r, shops)).toList();
            NativeSql.query(em, "update alert_digest set alerts = ? where shop_id = ? and day = ?")
                    .setParameter(1, alerts.size()).setParameter(2, shopId).setParameter(3, Date.valueOf(digest.day()))
                    .executeUpdate();
            String key = shopId + "/" + digest.day();
            for (StaffContact manager : to) {
                outbox.queue(MailKind.DIGEST, key, manager, tenantId, shopId, null,
                        texts(manager, sender).digest(shop.name(), alerts), sender.domain(), now);
            }
            written++;
        }
        return written;
    }

    private boolean available() {
        if (staff.isResolvable() && directory.isResolvable()) {
            return true;
        }
        LOG.warning("no module publishes StaffContacts and ShopDirectory: alert mail waits until one does");
        return false;
    }

    private Map<String, ShopProfile> shops(List<Object[]> rows) {
        Set<String> ids = rows.stream().map(r -> (String) r[2]).collect(Collectors.toCollection(LinkedHashSet::new));
        return directory.get().shops(ids).stream().collect(Collectors.toMap(ShopProfile::id, Function.identity()));
    }

    private static AlertFacts facts(Object[] r, Map<String, ShopProfile> shops) {
        ShopProfile shop = shops.get((String) r[2]);
        return new AlertFacts((String) r[0], (String) r[1], (String) r[2], shop == null ? "" : shop.name(),
                InstantColumn.read(r[3]), InstantColumn.read(r[4]), (String) r[5], (String) r[6]);
    }

    private static AlertMailTexts texts(StaffContact to, Sender sender) {
        return new AlertMailTexts(to.locale(), sender.baseUrl());
    }
}
