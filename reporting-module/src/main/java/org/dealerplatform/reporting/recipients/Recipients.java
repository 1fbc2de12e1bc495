package org.dealerplatform.reporting.recipients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.directory.StaffContacts;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.runs.Sql;

/**
 * Who receives each shop's report and who asked not to ({@code report_unsubscribe}). The platform
 * keeps no user addresses of its own (Keycloak does): until a group admin sets a shop's list
 * ({@code report_recipient_list} marks it, {@code report_recipient} holds it), the shop's managers
 * receive its report, read through core's {@code StaffContacts} whenever the list is needed. Once
 * set, the admin's list is all that counts, even when empty. An unsubscribe takes the address off
 * the shop's list and is remembered, so queued mail for it is skipped and a manager is not added
 * back by default; adding it again later is the group admin's decision and lifts the unsubscribe.
 */
@ApplicationScoped
public class Recipients {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** Absent without the tenant module: then nobody is a default recipient. */
    @Inject
    Instance<StaffContacts> staff;

    /**
     * The shop's recipients as they count now. Not a transaction of its own: the run planner calls
     * this outside one, so no database connection waits on Keycloak.
     *
     * @throws StaffContactsUnavailable when the list is the default and Keycloak cannot say who
     *                                  the managers are: the caller tries again later
     */
    public ShopRecipients of(ShopProfile shop) {
        if (keptByHand(shop.id())) {
            return ShopRecipients.keptByHand(kept(shop.id()));
        }
        List<StaffContact> managers = staff.isResolvable()
                ? staff.get().shopManagers(shop.tenantId(), shop.code()) : List.of();
        return ShopRecipients.byDefault(managers, unsubscribedFrom(shop.id()));
    }

    private boolean keptByHand(String shopId) {
        return Sql.count(NativeSql.query(em, "select count(*) from report_recipient_list where shop_id = ?")
                .setParameter(1, shopId).getSingleResult()) > 0;
    }

    @SuppressWarnings("unchecked")
    private List<Recipient> kept(String shopId) {
        List<Object[]> rows = NativeSql.query(em, "select email, locale from report_recipient where shop_id = ?"
                + " order by email").setParameter(1, shopId).getResultList();
        return rows.stream().map(r -> new Recipient(MailAddress.of((String) r[0]), (String) r[1])).toList();
    }

    @SuppressWarnings("unchecked")
    private Set<MailAddress> unsubscribedFrom(String shopId) {
        List<String> rows = NativeSql.query(em, "select email from report_unsubscribe where scope = ?")
                .setParameter(1, shopId).getResultList();
        return rows.stream().map(MailAddress::of).collect(Collectors.toSet());
    }

    /**
     * Replaces the shop's list in one transaction and marks it as kept by hand from now on;
     * addresses new to the kept list lose their unsubscribe.
     */
    @Transactional
    public void replace(String tenantId, String shopId, Collection<Recipient> wanted, Instant now) {
        Set<MailAddress> before = kept(shopId).stream().map(Recipient::address).collect(Collectors.toSet());
        NativeSql.query(em, "insert ignore into report_recipient_list (tenant_id, shop_id, kept_since)"
                + " values (?, ?, ?)").setParameter(1, tenantId).setParameter(2, shopId).setParameter(3, Sql.at(now))
                .executeUpdate();
        NativeSql.query(em, "delete from report_recipient where shop_id = ?").setParameter(1, shopId).executeUpdate();
        for (Recipient r : wanted) {
            NativeSql.query(em, "insert into report_recipient (tenant_id, shop_id, email, locale, created_at)"
                            + " values (?, ?, ?, ?, ?)").setParameter(1, tenantId).setParameter(2, shopId)
                    .setParameter(3, r.address().value()).setParameter(4, r.locale()).setParameter(5, Sql.at(now))
                    .executeUpdate();
            if (!before.contains(r.address())) {
                NativeSql.query(em, "delete from report_unsubscribe where email = ? and scope = ?")
                        .setParameter(1, r.address().value()).setParameter(2, shopId).executeUpdate();
            }
        }
    }

    /** The one-click unsubscribe: remembered, and the address leaves the shop's list. */
    @Transactional
    public void unsubscribe(MailAddress address, String shopId, Instant now) {
        NativeSql.query(em, "insert ignore into report_unsubscribe (email, scope, unsubscribed_at) values (?, ?, ?)")
                .setParameter(1, address.value()).setParameter(2, shopId).setParameter(3, Sql.at(now)).executeUpdate();
        NativeSql.query(em, "delete from report_recipient where shop_id = ? and email = ?").setParameter(1, shopId)
                .setParameter(2, address.value()).executeUpdate();
    }

    @Transactional
    public boolean isUnsubscribed(MailAddress address, String shopId) {
        return Sql.count(NativeSql.query(em, "select count(*) from report_unsubscribe where email = ? and scope = ?")
                .setParameter(1, address.value()).setParameter(2, shopId).getSingleResult()) > 0;
    }

    /** At most this many addresses per shop. */
    public static final int MOST_RECIPIENTS = 50;

    /**
     * The one rule for a shop's list as a group admin types it, through the API or the console:
     * at most {@link #MOST_RECIPIENTS} entries, each a valid address (no header injection gets
     * through {@link MailAddress}), a repeated address counted once, and per address English or
     * else Chinese. The whole list is checked before anything is written: the first bad entry is
     * refused as field {@code emails[i]} (i counted from 0), too many as {@code emails}.
     */
    public static List<Recipient> checked(List<String> emails, java.util.Map<String, String> locales) {
        List<String> list = emails == null ? List.of() : emails;
        java.util.Map<String, String> languages = locales == null ? java.util.Map.of() : locales;
        if (list.size() > MOST_RECIPIENTS) {
            throw new org.dealerplatform.core.domain.RuleViolation("emails",
                    "must have at most " + MOST_RECIPIENTS + " items");
        }
        java.util.Map<MailAddress, Recipient> wanted = new java.util.LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            MailAddress address;
            try {
                address = MailAddress.of(list.get(i));
            } catch (org.dealerplatform.core.mail.InvalidMailAddress e) {
                throw new org.dealerplatform.core.domain.RuleViolation("emails[" + i + "]",
                        e.getMessage());
            }
            wanted.putIfAbsent(address, new Recipient(address, Recipient.localeOf(languages.get(list.get(i)))));
        }
        return List.copyOf(wanted.values());
    }
}
