package org.dealerplatform.tenant.shop;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.dealerplatform.core.caching.SharedCaches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.audit.Changes;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.Conflicts;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.reference.Brands;

/**
 * Shops of the caller's dealer group. Every query runs on the tenant EntityManager, so another
 * group's shop is simply not found; a shop manager is further limited to their own shop.
 */
@ApplicationScoped
public class Shops {

    @Inject
    TenantTransaction transaction;

    @Inject
    CallerContext callers;

    @Inject
    Brands brands;

    @Inject
    AuditTrail audit;

    @Inject
    SharedCaches caches;

    @Inject
    Event<ShopChanged> shopChanges;

    /** Fired when a shop is changed or closed; the survey pages on every node forget it once that commits. */
    record ShopChanged(String shopId) {
    }

    void shopChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) ShopChanged change) {
        caches.changed(SharedCaches.SHOPS);
    }

    Clock clock = Clock.systemUTC();

    public record ShopFields(String code, String name, String brand, String province, String city, String address,
                             Boolean active) {

        /** A new shop needs every field; all missing or too long ones are reported together. */
        public void checkNew() {
            Input.check(this).required("code", code, 32).required("name", name, 100).required("brand", brand, 32)
                    .required("province", province, 2).required("city", city, 50).required("address", address, 200)
                    .orRefuse();
        }

        /** A change may leave fields out, but not blank them. */
        public void checkChange() {
            Input.check(this).optional("code", code, 32).optional("name", name, 100).optional("brand", brand, 32)
                    .optional("province", province, 2).optional("city", city, 50).optional("address", address, 200)
                    .orRefuse();
        }
    }

    @Transactional
    public Shop open(ShopFields fields) {
        fields.checkNew();
        checkBrand(fields.brand());
        Shop shop = new Shop(fields.code(), fields.name(), fields.brand(), fields.province(), fields.city(),
                fields.address(), Instant.now(clock));
        refuseTakenCode(shop.code(), null);
        em().persist(shop);
        flushOrConflict(shop.code());
        audit.record("shop.created", "shop", shop.id(), shop.code() + " " + shop.name() + " (" + shop.brandCode() + ", "
                + shop.provinceCode() + " " + shop.city() + ")", null);
        return shop;
    }

    @Transactional
    public Shop change(String id, ShopFields fields) {
        fields.checkChange();
        Shop shop = visible(id);
        Instant now = Instant.now(clock);
        String[] before = described(shop);
        boolean wasActive = shop.active();
        if (fields.brand() != null && !fields.brand().equals(shop.brandCode())) {
            checkBrand(fields.brand()); // a withdrawn brand stays valid on shops that already have it
        }
        shop.describe(or(fields.name(), shop.name()), or(fields.brand(), shop.brandCode()),
                or(fields.province(), shop.provinceCode()), or(fields.city(), shop.city()),
                or(fields.address(), shop.address()), now);
        if (fields.code() != null && !Shop.validCode(fields.code()).equals(shop.code())) {
            // shop managers' tokens name their shop by code: changing it would silently move them
            throw new RuleViolation("code", "cannot be changed once the shop exists");
        }
        if (Boolean.FALSE.equals(fields.active())) {
            shop.deactivate(now);
        } else if (Boolean.TRUE.equals(fields.active())) {
            shop.activate(now);
        }
        flushOrConflict(shop.code());
        Changes changes = Changes.of();
        String[] after = described(shop);
        for (int i = 0; i < DESCRIBED.length; i++) {
            changes.field(DESCRIBED[i], before[i], after[i]);
        }
        if (!changes.isEmpty()) {
            audit.record("shop.changed", "shop", shop.id(), shop.code() + " · " + changes, null);
        }
        if (wasActive != shop.active()) {
            audit.record(shop.active() ? "shop.reactivated" : "shop.deactivated", "shop", shop.id(),
                    shop.code() + " · " + Changes.of().field("active", wasActive, shop.active()), null);
        }
        shopChanges.fire(new ShopChanged(shop.id()));
        return shop;
    }

    /** The fields {@link Shop#describe} changes, named as in the API, for the audit summary. */
    private static final String[] DESCRIBED = {"name", "brand", "province", "city", "address"};

    private static String[] described(Shop shop) {
        return new String[] {shop.name(), shop.brandCode(), shop.provinceCode(), shop.city(), shop.address()};
    }

    /** A shop the caller may see: of their tenant, and their own one if they are a shop manager. */
    @Transactional
    public Shop visible(String id) {
        Shop shop = id == null ? null : em().find(Shop.class, id);
        Caller caller = callers.required();
        if (shop == null || caller.isLimitedToOwnShop() && !shop.code().equalsIgnoreCase(caller.shopCode())) {
            throw new NotFound("shop");
        }
        return shop;
    }

    @Transactional
    public Page<Shop> list(PageRequest page, String search, Boolean active) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        Caller caller = callers.required();
        if (caller.isLimitedToOwnShop()) {
            where.append(" and s.code = :own");
            params.put("own", caller.shopCode());
        }
        if (search != null && !search.isBlank()) {
            where.append(" and (lower(s.name) like :q escape '!' or lower(s.code) like :q escape '!'"
                    + " or lower(s.city) like :q escape '!')");
            String literal = search.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.put("q", "%" + literal + "%");
        }
        if (active != null) {
            where.append(" and s.active = :active");
            params.put("active", active);
        }
        TypedQuery<Shop> query = em().createQuery("select s from Shop s" + where + " order by s.code", Shop.class);
        TypedQuery<Long> count = em().createQuery("select count(s) from Shop s" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    private void checkBrand(String brand) {
        if (brand != null && brands.activeByCode(brand).isEmpty()) {
            throw new RuleViolation("brand", "must be a brand from the association's list");
        }
    }

    private void refuseTakenCode(String code, String exceptId) {
        boolean taken = em().createQuery("select s.id from Shop s where s.code = :code", String.class)
                .setParameter("code", code).getResultStream().anyMatch(found -> !found.equals(exceptId));
        if (taken) {
            throw Conflict.duplicate("code", "a shop with code " + code + " already exists in your dealer group");
        }
    }

    private void flushOrConflict(String code) {
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            // the unique key caught a concurrent request with the same code
            throw Conflict.duplicate("code", "a shop with code " + code + " already exists in your dealer group");
        }
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private EntityManager em() {
        return transaction.entityManager();
    }
}
