package org.dealerplatform.survey.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dealerplatform.core.tenancy.TenantAwareEntity;

/**
 * The address ranges of a shop's own network, as its dealer group registered them: tenant data.
 * Only used to tell, when a sample arrives, whether it came from inside the shop.
 */
@Entity
@Table(name = "shop_network")
public class ShopNetwork extends TenantAwareEntity {

    @Column(name = "shop_id", nullable = false, length = 36)
    private String shopId;
    @Column(name = "cidrs", nullable = false, length = 1200)
    private String cidrs;

    protected ShopNetwork() {
    }

    public ShopNetwork(String shopId, List<Cidr> ranges, Instant now) {
        super(now);
        this.shopId = shopId;
        this.cidrs = join(ranges);
    }

    /** Replaces the ranges; returns whether anything changed. */
    public boolean replace(List<Cidr> ranges, Instant now) {
        String next = join(ranges);
        if (next.equals(cidrs)) {
            return false;
        }
        cidrs = next;
        touched(now);
        return true;
    }

    public String shopId() {
        return shopId;
    }

    public List<Cidr> ranges() {
        return cidrs.isEmpty() ? List.of() : Arrays.stream(cidrs.split(",")).map(c -> Cidr.parse(c).orElseThrow())
                .toList();
    }

    private static String join(List<Cidr> ranges) {
        String joined = ranges.stream().map(Cidr::text).collect(Collectors.joining(","));
        if (joined.length() > 1200) {
            throw new IllegalArgumentException("too many address ranges for one shop");
        }
        return joined;
    }
}
