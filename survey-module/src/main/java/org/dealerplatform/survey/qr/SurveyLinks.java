package org.dealerplatform.survey.qr;

import org.dealerplatform.core.caching.SharedCaches;
import jakarta.annotation.PostConstruct;
import org.dealerplatform.core.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.caching.ShortLived;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Hands out and revokes survey links. A shop's link is created on first use; concurrent first
 * uses meet at the unique key on {@code current_for} and read back the one that won.
 * Tokens are 128 random bits (22 URL-safe characters), so they cannot be guessed or enumerated.
 */
@ApplicationScoped
public class SurveyLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The link in use for the shop, or for one of its advisors; the shop must be the caller's (checked before). */
    @Transactional
    public SurveyLink current(ShopProfile shop, String advisorId) {
        String key = currentKey(shop.id(), advisorId);
        return inUse(shop.tenantId(), key).orElseGet(() -> {
            Timestamp now = Timestamp.from(Instant.now(clock));
            NativeSql.query(em, "insert ignore into survey_link (token, tenant_id, shop_id, advisor_id, current_for,"
                            + " created_at) values (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, newToken()).setParameter(2, shop.tenantId()).setParameter(3, shop.id())
                    .setParameter(4, advisorId).setParameter(5, key).setParameter(6, now).executeUpdate();
            return inUse(shop.tenantId(), key).orElseThrow();
        });
    }

    /** Revokes every code of the shop (its own and its advisors'); the next request gets a new one. */
    @Transactional
    public SurveyLink rotate(ShopProfile shop) {
        int revoked = NativeSql.query(em, "update survey_link set revoked_at = ?, current_for = null"
                        + " where tenant_id = ? and shop_id = ? and current_for is not null")
                .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, shop.tenantId())
                .setParameter(3, shop.id()).executeUpdate();
        rotations.fire(new LinksRotated(shop.id()));
        audit.recordFor(shop.tenantId(), "survey-code.rotated", "shop", shop.id(),
                shop.code() + " " + shop.name() + " · " + revoked + " code(s) revoked, a new shop code issued", null);
        return current(shop, null);
    }

    /** Links read by every survey page and answer; a rotation forgets them on every node after commit. */
    private final ShortLived<String, SurveyLink> recent = new ShortLived<>(Duration.ofSeconds(10));

    @Inject
    SharedCaches caches;

    @PostConstruct
    void share() {
        caches.register(SharedCaches.SURVEY_LINKS, recent);
    }

    @Inject
    Event<LinksRotated> rotations;

    /** Fired when a shop's links are revoked. */
    public record LinksRotated(String shopId) {
    }

    /**
     * The link behind a token, remembered for up to ten seconds; a rotation on any node forgets it
     * everywhere ({@link SharedCaches}).
     */
    public Optional<SurveyLink> byToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 32) {
            return Optional.empty();
        }
        return recent.get(token, t -> Optional.ofNullable(em.find(SurveyLink.class, t)));
    }

    void rotated(@Observes(during = TransactionPhase.AFTER_COMPLETION) LinksRotated rotation) {
        caches.changed(SharedCaches.SURVEY_LINKS);
    }

    private Optional<SurveyLink> inUse(String tenantId, String key) {
        return em.createQuery("select l from SurveyLink l where l.tenantId = :tenant and l.currentFor = :key",
                SurveyLink.class).setParameter("tenant", tenantId).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private static String currentKey(String shopId, String advisorId) {
        return shopId + "/" + (advisorId == null ? "-" : advisorId);
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
