package org.dealerplatform.tenant.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * The tenant module's shops and advisors across dealer groups, published through core's
 * {@link ShopDirectory} for the association's competitions and national reports, which need every
 * group's shops. Shops and advisors are tenant entities, and EclipseLink's tenant filter stays on
 * for them: these reads are native SQL instead, each statement here and findable through
 * {@link NativeSql}. They read every tenant on purpose, so the tenant is never dropped: each shop
 * carries its {@code tenant_id}, and an advisor is paired with its shop only within one tenant.
 */
@ApplicationScoped
public class PublishedDirectory implements ShopDirectory {

    /** Ids per statement: a national season names thousands; IN lists stay short. */
    static final int IDS_PER_STATEMENT = 500;

    private static final String SHOPS = "select s.id, s.tenant_id, s.code, s.name, s.brand_code,"
            + " coalesce(b.name_zh, s.brand_code), coalesce(b.name_en, s.brand_code), s.province_code, s.city, s.active"
            + " from shop s left join brand b on b.code = s.brand_code";

    private static final String ADVISORS = "select a.id, a.shop_id, a.name, a.employee_no, a.active"
            + " from service_advisor a join shop s on s.id = a.shop_id and s.tenant_id = a.tenant_id";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    @Transactional
    public List<ShopProfile> allShops() {
        return rows(NativeSql.query(em, SHOPS + " order by s.tenant_id, s.code"), PublishedDirectory::shop);
    }

    @Override
    @Transactional
    public List<ShopProfile> shops(Collection<String> shopIds) {
        return inBatches(shopIds, SHOPS + " where s.id in ", " order by s.tenant_id, s.code", PublishedDirectory::shop);
    }

    @Override
    @Transactional
    public List<AdvisorProfile> advisorsOfShops(Collection<String> shopIds) {
        return inBatches(shopIds, ADVISORS + " where a.shop_id in ", " order by a.shop_id, a.name",
                PublishedDirectory::advisor);
    }

    @Override
    @Transactional
    public List<AdvisorProfile> advisors(Collection<String> advisorIds) {
        return inBatches(advisorIds, ADVISORS + " where a.id in ", " order by a.shop_id, a.name",
                PublishedDirectory::advisor);
    }

    /** The dealer groups themselves are the platform's, not a tenant's: an ordinary JPA read. */
    @Override
    @Transactional
    public Map<String, String> groupNames() {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select g.code, g.name from DealerGroup g order by g.code", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    private <T> List<T> inBatches(Collection<String> ids, String select, String order, Function<Object[], T> row) {
        List<String> distinct = ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        List<T> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_STATEMENT) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_STATEMENT));
            Query query = NativeSql.query(em, select + placeholders(batch.size()) + order);
            for (int i = 0; i < batch.size(); i++) {
                query.setParameter(i + 1, batch.get(i));
            }
            found.addAll(rows(query, row));
        }
        return found;
    }

    private static <T> List<T> rows(Query query, Function<Object[], T> row) {
        List<T> mapped = new ArrayList<>();
        for (Object columns : query.getResultList()) {
            mapped.add(row.apply((Object[]) columns));
        }
        return mapped;
    }

    static String placeholders(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    static ShopProfile shop(Object[] c) {
        return new ShopProfile(text(c[0]), text(c[1]), text(c[2]), text(c[3]), text(c[4]), text(c[5]), text(c[6]),
                text(c[7]), text(c[8]), flag(c[9]));
    }

    static AdvisorProfile advisor(Object[] c) {
        return new AdvisorProfile(text(c[0]), text(c[1]), text(c[2]), text(c[3]), flag(c[4]));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** BOOLEAN is TINYINT(1): the driver may hand back a Boolean or a number. */
    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
