package org.dealerplatform.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;

/**
 * The platform's audit trail: every module records its actions here, and the association reads
 * them. An entry is written by the platform EntityManager inside the caller's JTA transaction
 * ({@code MANDATORY}: recording outside one is a programming error), so an action and its entry
 * commit or roll back together. Entries are only ever inserted.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Instance<CallerContext> callers;

    Clock clock = Clock.systemUTC();

    /**
     * Records one action of the current caller (user, role, tenant taken from the verified caller;
     * "system" when there is none), in the caller's transaction.
     *
     * @param action     a stable dotted code, e.g. {@code shop.created}
     * @param objectType what was acted on, e.g. {@code shop}
     * @param objectId   its id (clipped to 64 characters)
     * @param summary    what changed, in a few words (clipped to 500 characters, never refused)
     * @param reason     why, when the action has a reason (review decisions), else null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, String objectId, String summary, String reason) {
        Actor who = actor();
        write(who, who.tenantId(), action, objectType, objectId, summary, reason);
    }

    /**
     * Records an action that concerns one named dealer group although the caller belongs to none:
     * the association deciding on a group's sample or suspending a group, or system work (no caller)
     * for a group. A tenant user can only name their own group.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFor(String tenantId, String action, String objectType, String objectId, String summary,
                          String reason) {
        Actor who = actor();
        if (who.tenantId() != null && !who.tenantId().equals(tenantId)) {
            throw new IllegalStateException("a tenant user's actions are recorded for their own tenant");
        }
        write(who, tenantId, action, objectType, objectId, summary, reason);
    }

    /** Newest first; ties (the same millisecond) in a fixed order. */
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.objectId() != null) {
            where.append(" and e.objectId = :objectId");
            params.put("objectId", query.objectId());
        }
        if (query.action() != null) {
            where.append(" and e.action = :action");
            params.put("action", query.action());
        }
        if (query.tenant() != null) {
            where.append(" and e.tenantId = :tenant");
            params.put("tenant", query.tenant());
        }
        if (query.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", query.from());
        }
        if (query.until() != null) {
            where.append(" and e.at < :until");
            params.put("until", query.until());
        }
        TypedQuery<AuditEntry> rows = em.createQuery("select e from AuditEntry e" + where
                + " order by e.at desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    private void write(Actor who, String tenantId, String action, String objectType, String objectId, String summary,
                       String reason) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS); // what DATETIME(3) keeps
        em.persist(new AuditEntry(who, tenantId, action, objectType, objectId, summary, reason, now));
    }

    /** The verified caller; anonymous inside a request without one, system outside any request. */
    private Actor actor() {
        if (!callers.isResolvable()) {
            return Actor.SYSTEM;
        }
        try {
            return callers.get().current().map(Actor::of).orElse(Actor.ANONYMOUS);
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }
}
