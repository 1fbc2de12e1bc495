package org.dealerplatform.tenant.dealergroup;

import java.time.Duration;
import java.util.UUID;
import org.dealerplatform.core.cluster.ThisNode;
import org.dealerplatform.core.scheduling.Leases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import java.util.Set;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.audit.Changes;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.Conflicts;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.identity.InitialAdmin;
import org.dealerplatform.tenant.identity.TenantProvisioning;

/**
 * The association's work on dealer groups. Onboarding provisions Keycloak first and stores the
 * tenant only when that has succeeded, in one short transaction.
 */
@ApplicationScoped
public class DealerGroups {

    @Inject
    jakarta.enterprise.event.Event<DealerGroupChanged> changes;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    ModuleRegistry modules;

    @Inject
    DealerGroups self;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public record Onboarded(DealerGroup group, InitialAdmin admin) {
    }

    /**
     * Onboarding of one code at a time in the whole cluster: two concurrent attempts would
     * otherwise both provision the same Keycloak user, and the second password reset would void
     * the first caller's one-time password. The attempt holds the lease {@code onboarding:<code>}
     * (a database row, so every node sees it); a second attempt meanwhile is refused as a conflict,
     * and once the first has stored the group, any later one finds the code taken.
     */
    public Onboarded onboard(String code, String name, String contactEmail, List<String> moduleIds) {
        DealerGroup candidate = new DealerGroup(code, name, contactEmail, validModules(moduleIds), Instant.now(clock));
        String lease = "onboarding:" + candidate.code();
        String attempt = ThisNode.ID + "/" + UUID.randomUUID();
        if (!leases.acquire(lease, attempt, ONBOARDING_AT_MOST)) {
            throw Conflict.duplicate("code", "dealer group " + code + " is being onboarded right now");
        }
        try {
            if (byCode(candidate.code()).isPresent()) {
                throw Conflict.duplicate("code", "a dealer group with code " + code + " already exists");
            }
            InitialAdmin admin = provisioning.provision(candidate.code(), candidate.name(), candidate.contactEmail());
            return new Onboarded(self.store(candidate), admin);
        } finally {
            leases.release(lease, attempt);
        }
    }

    /** Longer than any onboarding takes (Keycloak answers in seconds); a node that died frees the code after it. */
    static final Duration ONBOARDING_AT_MOST = Duration.ofMinutes(2);

    @Inject
    Leases leases;

    /** Public only so the call goes through the transactional proxy; use {@link #onboard}. */
    @Transactional
    public DealerGroup store(DealerGroup group) {
        try {
            em.persist(group);
            em.flush();
            audit.recordFor(group.code(), "tenant.onboarded", "tenant", group.id(), group.name() + " ("
                    + group.code() + "), modules: " + String.join(", ", new java.util.TreeSet<>(group.modules())), null);
            return group;
        } catch (PersistenceException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            throw Conflict.duplicate("code", "a dealer group with code " + group.code() + " already exists");
        }
    }

    @Transactional
    public DealerGroup change(String id, String name, TenantStatus status, List<String> moduleIds) {
        DealerGroup group = byId(id);
        Instant now = Instant.now(clock);
        String oldName = group.name();
        TenantStatus oldStatus = group.status();
        Set<String> oldModules = group.modules();
        if (name != null) {
            group.rename(name, now);
        }
        if (status != null) {
            group.changeStatus(status, now);
        }
        if (moduleIds != null) {
            group.subscribe(validModules(moduleIds), now);
        }
        em.flush();
        recordChanges(group, oldName, oldStatus, oldModules);
        changes.fire(new DealerGroupChanged(group.code()));
        return group;
    }

    /** One entry per kind of change that really happened (the console form always sends every field). */
    private void recordChanges(DealerGroup group, String oldName, TenantStatus oldStatus, Set<String> oldModules) {
        if (!oldName.equals(group.name())) {
            audit.recordFor(group.code(), "tenant.renamed", "tenant", group.id(),
                    Changes.of().field("name", oldName, group.name()).toString(), null);
        }
        if (oldStatus != group.status()) {
            audit.recordFor(group.code(), group.active() ? "tenant.reactivated" : "tenant.suspended", "tenant",
                    group.id(), Changes.of().field("status", oldStatus, group.status()).toString(), null);
        }
        Changes modules = Changes.of().members("modules", oldModules, group.modules());
        if (!modules.isEmpty()) {
            audit.recordFor(group.code(), "tenant.modules-changed", "tenant", group.id(), modules.toString(), null);
        }
    }

    public DealerGroup byId(String id) {
        DealerGroup group = id == null ? null : em.find(DealerGroup.class, id);
        if (group == null) {
            throw new NotFound("dealer group");
        }
        return group;
    }

    /**
     * Read-only (never change the result): asked on every request of a tenant user and every survey
     * answer. Read-only objects come straight from the shared cache without a transactional clone,
     * which under load also keeps EclipseLink from queueing threads on the cache entry's lock.
     */
    public Optional<DealerGroup> byCode(String code) {
        return em.createQuery("select g from DealerGroup g where g.code = :code", DealerGroup.class)
                .setParameter("code", code).setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultStream().findFirst();
    }

    public Page<DealerGroup> list(PageRequest page, TenantStatus status) {
        String where = status == null ? "" : " where g.status = :status";
        var query = em.createQuery("select g from DealerGroup g" + where + " order by g.name, g.code", DealerGroup.class);
        var count = em.createQuery("select count(g) from DealerGroup g" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Unknown module ids are refused; an omitted list subscribes the group to every installed module. */
    Set<String> validModules(List<String> moduleIds) {
        if (moduleIds == null) {
            return modules.subscribableIds();
        }
        Set<String> valid = new LinkedHashSet<>();
        for (String id : moduleIds) {
            if (id == null || !modules.subscribableIds().contains(id)) {
                throw new RuleViolation("modules", "unknown module: " + id);
            }
            valid.add(id);
        }
        return valid;
    }
}
