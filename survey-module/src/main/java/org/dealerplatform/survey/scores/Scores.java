package org.dealerplatform.survey.scores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.survey.collection.SurveyResponse;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.qr.SurveyCodes;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.review.ReviewQueue;
import org.dealerplatform.survey.rollup.Aggregates;
import org.dealerplatform.survey.scores.ScoreViews.Comment;
import org.dealerplatform.survey.scores.ScoreViews.Month;
import org.dealerplatform.survey.scores.ScoreViews.Named;
import org.dealerplatform.survey.scores.ScoreViews.Score;
import org.dealerplatform.survey.scores.ScoreViews.ShopRow;

/**
 * The three score views: a shop (its managers), a dealer group (its admin) and the nation (the
 * association; also one brand's or province's part). Group and shop views see other tenants only
 * as averages and anonymous ranks. Figures of a shop and its advisors come from the shop's rollup
 * rows; figures of a group, a brand, a province and the nation from the rows above the shop
 * ({@link Aggregates}), which equal the sums of the shop rows.
 */
@ApplicationScoped
public class Scores {

    private static final Aggregates.Level AREA = Aggregates.Level.AREA;
    private static final Aggregates.Level GROUP = Aggregates.Level.GROUP;

    private static final int LATEST_COMMENTS = 8;

    @Inject
    ScoreQueries queries;

    @Inject
    SurveyCodes codes;

    @Inject
    Instance<ShopCatalog> catalogs;

    @Inject
    CallerContext callers;

    @Inject
    TenantTransaction transaction;

    @Inject
    ReviewQueue reviews;

    @Inject
    SurveySettings settings;

    @Transactional
    public ScoreViews.ShopScores shop(String shopId, Period period, Locale locale) {
        return shop(codes.visible(shopId), period, locale);
    }

    /** A shop the caller was already allowed to see (the association's view of any shop comes this way). */
    @Transactional
    public ScoreViews.ShopScores shop(ShopProfile shop, Period period, Locale locale) {
        String where = "tenant_id = ? and shop_id = ?";
        Aggregate total = queries.total(where, period, shop.tenantId(), shop.id());
        List<Named> advisors = new ArrayList<>();
        Map<String, Aggregate> byAdvisor = queries.grouped("advisor_id", where + " and advisor_id <> '*'", period,
                shop.tenantId(), shop.id());
        List<AdvisorProfile> known = catalogs.get().advisorsOfTenant(shop.tenantId(), shop.id());
        byAdvisor.forEach((id, a) -> {
            if (!id.isEmpty()) {
                String name = known.stream().filter(k -> k.id().equals(id)).map(AdvisorProfile::name).findFirst()
                        .orElse(id);
                advisors.add(new Named(id, name, Score.of(a)));
            }
        });
        advisors.sort(Comparator.comparing((Named n) -> n.score().overall() == null ? -1 : n.score().overall())
                .reversed());
        return new ScoreViews.ShopScores(shop.id(), shop.code(), shop.name(), shop.brandName(locale),
                period.fromText(), period.toText(), Score.of(total), total.suspectSamples(), total.invalidSamples(),
                months(queries.grouped("month", where, period, shop.tenantId(), shop.id()), period), advisors,
                Score.of(queries.total(GROUP, "tenant_id = ?", period, shop.tenantId())),
                Score.of(queries.total(AREA, "", period)), latestComments(shop, period));
    }

    @Transactional
    public ScoreViews.TenantScores tenant(Period period, Locale locale) {
        String tenant = callers.requiredTenant();
        ShopCatalog catalog = catalog();
        Map<String, Aggregate> byShop = queries.grouped("shop_id", "tenant_id = ?", period, tenant);
        List<ShopRow> shops = new ArrayList<>();
        for (ShopProfile shop : catalog.visibleShops()) {
            Aggregate a = byShop.getOrDefault(shop.id(), new Aggregate());
            shops.add(new ShopRow(shop.id(), shop.code(), shop.name(), shop.brandName(locale),
                    catalog.provinceName(shop.provinceCode(), locale), Score.of(a)));
        }
        Aggregate own = queries.total(GROUP, "tenant_id = ?", period, tenant);
        Map<String, ScoreTotals> groups = new HashMap<>();
        queries.grouped(GROUP, "tenant_id", "", period).forEach((group, a) -> groups.put(group, a.totals()));
        int minimum = settings.groupRankMinSamples();
        GroupRanking.GroupRank rank = GroupRanking.of(tenant, groups, minimum);
        return new ScoreViews.TenantScores(period.fromText(), period.toText(), shops, Score.of(own),
                Score.of(queries.total(AREA, "", period)), rank.rank(), rank.rankedGroups(), minimum, rank.notRanked(),
                rank.rows(), months(queries.grouped(GROUP, "month", "tenant_id = ?", period, tenant), period));
    }

    @Transactional
    public ScoreViews.NationalScores national(Period period, Locale locale) {
        return national(period, null, null, locale);
    }

    /**
     * The nation, or one brand's or one province's part of it (either or both given): the same
     * figures, cut the same ways, from the rows per month, brand and province.
     */
    @Transactional
    public ScoreViews.NationalScores national(Period period, String brand, String province, Locale locale) {
        ShopCatalog catalog = catalog();
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (brand != null) {
            conditions.add("brand_code = ?");
            values.add(brand);
        }
        if (province != null) {
            conditions.add("province_code = ?");
            values.add(province);
        }
        String where = String.join(" and ", conditions);
        Object[] params = values.toArray();
        // one pass over the period's rows per brand and province, cut by brand, province and month here
        Map<String, Aggregate> cells = queries.grouped(AREA, "concat(brand_code, '|', province_code, '|', month)",
                where, period, params);
        Aggregate total = new Aggregate();
        Map<String, Aggregate> brands = new java.util.HashMap<>();
        Map<String, Aggregate> provinces = new java.util.HashMap<>();
        Map<String, Aggregate> byMonth = new java.util.HashMap<>();
        cells.forEach((cell, a) -> {
            String[] key = cell.split("\\|");
            total.add(a);
            brands.computeIfAbsent(key[0], k -> new Aggregate()).add(a);
            provinces.computeIfAbsent(key[1], k -> new Aggregate()).add(a);
            byMonth.computeIfAbsent(key[2], k -> new Aggregate()).add(a);
        });
        List<Named> byBrand = named(brands, code -> catalog.brandName(code, locale));
        List<Named> byProvince = named(provinces, code -> catalog.provinceName(code, locale));
        return new ScoreViews.NationalScores(period.fromText(), period.toText(), total.validSamples(),
                total.suspectSamples(), total.invalidSamples(), byBrand.size(),
                queries.coveredShops(where, period, params),
                Score.of(total), byBrand, byProvince, months(byMonth, period), reviews.openCount());
    }

    private static List<Named> named(Map<String, Aggregate> groups, java.util.function.Function<String, String> name) {
        return groups.entrySet().stream().filter(e -> e.getValue().validSamples() > 0)
                .map(e -> new Named(e.getKey(), name.apply(e.getKey()), Score.of(e.getValue())))
                .sorted(Comparator.comparing((Named n) -> n.score().overall()).reversed()).toList();
    }

    private static List<Month> months(Map<String, Aggregate> byMonth, Period period) {
        return period.months().stream().map(m -> new Month(m, Score.of(byMonth.getOrDefault(m, new Aggregate()))))
                .toList();
    }

    /** The newest valid comments: an indexed, limited read of the shop's own samples, not a scan. */
    private List<Comment> latestComments(ShopProfile shop, Period period) {
        return transaction.entityManagerFor(shop.tenantId()).createQuery("select r from SurveyResponse r"
                        + " where r.shopId = :shop and r.status = :valid and r.comment is not null"
                        + " and r.month between :from and :to order by r.submittedAt desc", SurveyResponse.class)
                .setParameter("shop", shop.id()).setParameter("valid", SampleStatus.VALID)
                .setParameter("from", period.fromText()).setParameter("to", period.toText())
                .setMaxResults(LATEST_COMMENTS).getResultStream()
                .map(r -> new Comment(r.submittedAt().atOffset(ZoneOffset.UTC).toString(), Aggregate.round(r.overall()),
                        r.comment())).toList();
    }

    private ShopCatalog catalog() {
        if (!catalogs.isResolvable()) {
            throw new NotFound("shops");
        }
        return catalogs.get();
    }
}
