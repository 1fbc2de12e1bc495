package org.dealerplatform.survey.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.dealerplatform.core.caching.SharedCaches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.audit.Changes;
import org.dealerplatform.core.caching.ShortLived;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/**
 * The address ranges a dealer group registers for a shop's own network, and the check a sample
 * gets when it arrives ({@link #fromShopNetwork}): only its outcome is stored with the sample.
 * Ranges are remembered for 30 seconds per shop (a change on another node takes that long).
 */
@ApplicationScoped
public class ShopNetworks {

    /** Ranges per shop, at most. */
    public static final int MOST_RANGES = 20;
    /** The widest ranges accepted: a shop's network is never a whole provider's. */
    static final int WIDEST_IPV4 = 8;
    static final int WIDEST_IPV6 = 16;
    /** IPv6 senders are known by their /64 (see NetworkAddress), so a range cannot be narrower. */
    static final int NARROWEST_IPV6 = 64;

    @Inject
    TenantTransaction transaction;

    @Inject
    EvidenceShops shops;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    private final ShortLived<String, List<Cidr>> recent = new ShortLived<>(Duration.ofSeconds(30), 20_000,
            Clock.systemUTC());

    @Inject
    SharedCaches caches;

    @Inject
    Event<NetworksChanged> networkChanges;

    /** Fired when a shop's ranges are replaced; every node forgets them once the change commits. */
    record NetworksChanged(String shopId) {
    }

    @PostConstruct
    void share() {
        caches.register(SharedCaches.SHOP_NETWORKS, recent);
    }

    void networksChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) NetworksChanged change) {
        caches.changed(SharedCaches.SHOP_NETWORKS);
    }

    /** The ranges of a shop the caller may see (association: any; group admin: own). */
    @Transactional
    public List<Cidr> of(String shopId) {
        ShopProfile shop = shops.shop(shopId);
        return stored(transaction.entityManagerFor(shop.tenantId()), shop.id()).map(ShopNetwork::ranges)
                .orElse(List.of());
    }

    /** Replaces a shop's ranges (group admin, own shops); an empty list removes them. */
    @Transactional
    public List<Cidr> replace(String shopId, List<String> cidrs) {
        ShopProfile shop = shops.shop(shopId);
        List<Cidr> ranges = validated(cidrs);
        EntityManager em = transaction.entityManagerFor(shop.tenantId());
        Instant now = Instant.now(clock);
        Optional<ShopNetwork> stored = stored(em, shop.id());
        List<String> before = stored.map(n -> n.ranges().stream().map(Cidr::text).toList()).orElse(List.of());
        if (stored.isPresent()) {
            stored.get().replace(ranges, now);
        } else {
            em.persist(new ShopNetwork(shop.id(), ranges, now));
        }
        Changes changes = Changes.of().members("ranges", before, ranges.stream().map(Cidr::text).toList());
        if (!changes.isEmpty()) {
            audit.recordFor(shop.tenantId(), "shop-network.changed", "shop", shop.id(), shop.code() + " · " + changes,
                    null);
        }
        recent.forget(shop.id());
        networkChanges.fire(new NetworksChanged(shop.id()));
        return ranges;
    }

    /**
     * Whether a sender's address (an IP literal, or an IPv6 client's /64) lies in the shop's ranges.
     * Call inside a transaction; the ranges are remembered per shop, read on the tenant's EntityManager when not.
     */
    public boolean fromShopNetwork(String tenantId, String shopId, String address) {
        if (address == null) {
            return false;
        }
        // the tenant's EntityManager is opened only when the shop's ranges are not remembered
        List<Cidr> ranges = recent.get(shopId, id -> Optional.of(stored(transaction.entityManagerFor(tenantId), id)
                .map(ShopNetwork::ranges).orElse(List.of()))).orElse(List.of());
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** Every range checked, every bad one named ({@code cidrs[2]}); duplicates kept once. */
    static List<Cidr> validated(List<String> cidrs) {
        List<FieldError> errors = new ArrayList<>();
        if (cidrs == null) {
            throw ApiException.invalid("cidrs", "is required (an empty list removes the ranges)");
        }
        if (cidrs.size() > MOST_RANGES) {
            throw ApiException.invalid("cidrs", "must have at most " + MOST_RANGES + " ranges");
        }
        LinkedHashSet<Cidr> ranges = new LinkedHashSet<>();
        for (int i = 0; i < cidrs.size(); i++) {
            String field = "cidrs[" + i + "]";
            Cidr.Parsed parsed = Cidr.read(cidrs.get(i));
            if (parsed.problem() == Cidr.Problem.HOST_BITS_SET) {
                errors.add(new FieldError(field, "has host bits set; the network is " + parsed.range().text()));
            } else if (parsed.problem() != null) {
                errors.add(new FieldError(field, "is not an address range in CIDR notation (203.0.113.0/24,"
                        + " 2001:db8:1::/48)"));
            } else if (parsed.range().ipv4() && parsed.range().prefix() < WIDEST_IPV4) {
                errors.add(new FieldError(field, "is too wide for a shop's network (IPv4: /" + WIDEST_IPV4
                        + " or narrower)"));
            } else if (!parsed.range().ipv4() && (parsed.range().prefix() < WIDEST_IPV6
                    || parsed.range().prefix() > NARROWEST_IPV6)) {
                errors.add(new FieldError(field, "IPv6 ranges must be between /" + WIDEST_IPV6 + " and /"
                        + NARROWEST_IPV6 + " (senders are told apart by their /64)"));
            } else {
                ranges.add(parsed.range());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return List.copyOf(ranges);
    }

    private static Optional<ShopNetwork> stored(EntityManager em, String shopId) {
        return em.createQuery("select n from ShopNetwork n where n.shopId = :shop", ShopNetwork.class)
                .setParameter("shop", shopId).getResultStream().findFirst();
    }
}
