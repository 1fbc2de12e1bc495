package org.dealerplatform.competition.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.Conflicts;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Entries of a season. A group admin reaches only entries of their own group: every lookup below
 * that serves a group admin filters on the caller's tenant, and another group's entry answers
 * exactly like a missing one.
 */
@ApplicationScoped
public class Entries {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Seasons seasons;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Transactional
    public Entry enrol(String seasonId, String shopId, List<String> advisorIds) {
        Season season = seasons.byId(seasonId);
        String tenant = caller.requiredTenant();
        ShopProfile shop = shops().visibleShop(shopId).orElseThrow(() -> new NotFound("shop"));
        if (!season.enrolmentOpen(LocalDate.now(Season.BEIJING))) {
            throw new Conflict("seasonId", "enrolment for this season is not open (from " + season.enrolFrom()
                    + " to " + season.enrolTo() + " while the season is ENROLLING)");
        }
        if (!shop.active()) {
            throw new RuleViolation("shopId", "the shop is closed and cannot enter");
        }
        Set<String> advisors = new LinkedHashSet<>();
        for (String advisorId : advisorIds == null ? List.<String>of() : advisorIds) {
            if (shops().advisorOfTenant(tenant, shop.id(), advisorId).filter(a -> a.active()).isEmpty()) {
                throw new RuleViolation("advisorIds", "is not an active advisor of this shop: " + advisorId);
            }
            advisors.add(advisorId);
        }
        if (entryOfShop(seasonId, shop.id()) != null) {
            throw new Conflict("shopId", "this shop is already entered in the season");
        }
        Entry entry = new Entry(seasonId, tenant, shop.id(), advisors, who(), Instant.now());
        try {
            em.persist(entry);
            em.flush();
        } catch (PersistenceException e) {
            if (Conflicts.isDuplicate(e)) {
                throw new Conflict("shopId", "this shop is already entered in the season");
            }
            throw e;
        }
        audit.record("entry.enrolled", "entry", entry.id(), season.code() + ": shop " + shop.code() + " " + shop.name()
                + " with " + advisors.size() + " advisor(s)", null);
        return entry;
    }

    @Transactional
    public Entry decide(String seasonId, String entryId, boolean approve, String reason) {
        Season season = seasons.byId(seasonId);
        if (season.status().standingsFrozen()) {
            throw new Conflict("decision", "entries of a closed season cannot be decided any more");
        }
        Entry entry = anyEntry(seasonId, entryId);
        entry.decide(approve, reason, who(), Instant.now());
        audit.record(approve ? "entry.approved" : "entry.rejected", "entry", entryId,
                season.code() + ": shop " + entry.shopId() + " of " + entry.tenantId(), reason);
        return entry;
    }

    @Transactional
    public Entry withdraw(String seasonId, String entryId, String reason) {
        Season season = seasons.byId(seasonId);
        Entry entry = ownEntry(seasonId, entryId);
        if (season.status() != SeasonStatus.ENROLLING && season.status() != SeasonStatus.COLLECTING) {
            throw new Conflict("status", "an entry can be withdrawn only until collection ends");
        }
        entry.withdraw(reason, who(), Instant.now());
        audit.record("entry.withdrawn", "entry", entryId, season.code() + ": shop " + entry.shopId(), reason);
        return entry;
    }

    /** Every entry of the season: the association's view. */
    public List<Entry> all(String seasonId) {
        return em.createQuery("select e from Entry e where e.seasonId = :s order by e.createdAt", Entry.class)
                .setParameter("s", seasonId).getResultList();
    }

    /** The caller's own group's entries. */
    public List<Entry> own(String seasonId) {
        return em.createQuery("select e from Entry e where e.seasonId = :s and e.tenantId = :t order by e.createdAt",
                Entry.class).setParameter("s", seasonId).setParameter("t", caller.requiredTenant()).getResultList();
    }

    /** What the caller may list: all for the association, own group's for a group admin. */
    public List<Entry> visible(String seasonId) {
        Caller c = caller.required();
        return c.isAssociationAdmin() ? all(seasonId) : own(seasonId);
    }

    public Entry anyEntry(String seasonId, String entryId) {
        Entry entry = entryId == null ? null : em.find(Entry.class, entryId);
        if (entry == null || !entry.seasonId().equals(seasonId)) {
            throw new NotFound("entry");
        }
        return entry;
    }

    /** One of the caller's group's entries; another group's answers like a missing one. */
    public Entry ownEntry(String seasonId, String entryId) {
        Entry entry = anyEntry(seasonId, entryId);
        if (!entry.tenantId().equals(caller.requiredTenant())) {
            throw new NotFound("entry");
        }
        return entry;
    }

    private Entry entryOfShop(String seasonId, String shopId) {
        return em.createQuery("select e from Entry e where e.seasonId = :s and e.shopId = :shop", Entry.class)
                .setParameter("s", seasonId).setParameter("shop", shopId).getResultStream().findFirst().orElse(null);
    }

    private ShopCatalog shops() {
        if (!catalog.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalog.get();
    }

    private String who() {
        return caller.current().map(Caller::username).orElse("system");
    }
}
