package org.dealerplatform.reporting.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.alerts.AlertFiguresReader;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.scores.ScoreQuery;
import org.dealerplatform.core.scores.ScoreReader;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the group and national reports' figures through core's published interfaces only; each
 * reader is optional (without the survey module every figure is "no samples"). The group's own
 * shops come from the caller's visible shops; the other groups are read from the cross-tenant
 * directory only to add their shops up by tenant id, and their names are never read. Callers run
 * this inside a transaction.
 */
@ApplicationScoped
public class OverviewSources {

    @Inject
    Instance<ScoreReader> scores;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    Instance<AlertFiguresReader> alertFigures;

    @Inject
    CallerContext callers;

    /** Valid samples a group needs in the month to be ranked among groups. */
    @Inject
    @ConfigProperty(name = "REPORTS_GROUP_RANK_MIN_SAMPLES", defaultValue = "50")
    int groupRankMinimum;

    /** Valid samples a shop needs in the month to be ranked within its group. */
    @Inject
    @ConfigProperty(name = "REPORTS_SHOP_RANK_MIN_SAMPLES", defaultValue = "10")
    int shopRankMinimum;

    /** The signed-in group admin's group in {@code month}. */
    public GroupReport.Sources group(YearMonth month) {
        String tenant = callers.requiredTenant();
        List<ShopProfile> shops = catalog.isResolvable() ? catalog.get().visibleShops() : List.of();
        return groupMonth(month, shops).of(tenant);
    }

    /**
     * Every group's month at once, for a run that reports on many groups: the nation and the
     * groups' totals are read once, each group's shops from the cross-tenant directory. For
     * background work only; a signed-in group admin goes through {@link #group(YearMonth)}.
     */
    public GroupMonth groupsOfMonth(YearMonth month) {
        return groupMonth(month, directory.isResolvable() ? directory.get().allShops() : List.of());
    }

    /** The figures of {@code shops} and of every group in {@code month}; {@link GroupMonth#of} picks one group. */
    private GroupMonth groupMonth(YearMonth month, List<ShopProfile> shops) {
        Map<String, SortedMap<YearMonth, ScoreTotals>> shopMonths = Map.of();
        Map<String, ScoreTotals> groups = new HashMap<>();
        ScoreTotals nation = ScoreTotals.NONE;
        if (scores.isResolvable()) {
            Set<String> ids = shops.stream().map(ShopProfile::id).collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                shopMonths = scores.get().shopMonths(ScoreQuery.of(ids, month.minusMonths(1), month));
            }
            Map<String, ScoreTotals> all = scores.get().allShops(ScoreQuery.of(Set.of(), month, month));
            nation = all.values().stream().reduce(ScoreTotals.NONE, ScoreTotals::plus);
            Map<String, String> tenantOf = directory.isResolvable() ? directory.get().allShops().stream()
                    .collect(Collectors.toMap(ShopProfile::id, ShopProfile::tenantId)) : Map.of();
            all.forEach((shopId, totals) -> {
                String group = tenantOf.get(shopId);
                if (group != null) {
                    groups.merge(group, totals, ScoreTotals::plus);
                }
            });
        }
        Map<String, String> names = directory.isResolvable() ? directory.get().groupNames() : Map.of();
        return new GroupMonth(month, shops, shopMonths, groups, nation, names, groupRankMinimum, shopRankMinimum,
                alerts(month));
    }

    /** Every group's alert figures of the month and the year to date; none without the alerts module. */
    private Map<String, GroupReport.Alerts> alerts(YearMonth month) {
        if (!alertFigures.isResolvable()) {
            return Map.of();
        }
        AlertFiguresReader reader = alertFigures.get();
        Map<String, AlertFigures> ytd = reader.groups(YearMonth.of(month.getYear(), 1), month);
        AlertFigures nation = reader.nation(month, month).orElse(null);
        Map<String, GroupReport.Alerts> alerts = new HashMap<>();
        reader.groups(month, month).forEach((tenant, figures) -> alerts.put(tenant,
                new GroupReport.Alerts(figures, ytd.getOrDefault(tenant, figures), nation)));
        return alerts;
    }

    /** What the group reports of one month share; {@link #of} gives one group's sources. */
    public record GroupMonth(YearMonth month, List<ShopProfile> shops,
                             Map<String, SortedMap<YearMonth, ScoreTotals>> shopMonths,
                             Map<String, ScoreTotals> groups, ScoreTotals nation, Map<String, String> groupNames,
                             int groupRankMinimum, int shopRankMinimum, Map<String, GroupReport.Alerts> alerts) {

        public GroupReport.Sources of(String tenantId) {
            List<ShopProfile> own = shops.stream().filter(shop -> tenantId.equals(shop.tenantId())).toList();
            return new GroupReport.Sources(tenantId, groupNames.getOrDefault(tenantId, tenantId), month, own,
                    shopMonths, groups, nation, groupRankMinimum, shopRankMinimum, alerts.get(tenantId));
        }
    }

    /** Every shop on the platform in {@code month}, for the association. */
    public NationalSources national(YearMonth month) {
        List<ShopProfile> shops = directory.isResolvable() ? directory.get().allShops() : List.of();
        Map<String, ScoreTotals> byShop = scores.isResolvable()
                ? scores.get().allShops(ScoreQuery.of(Set.of(), month, month)) : Map.of();
        return new NationalSources(shops, byShop);
    }

    /** A province's display name in the language of the page; the code itself without the shop owner's lists. */
    public Function<String, String> provinceNames(java.util.Locale locale) {
        return code -> catalog.isResolvable() ? catalog.get().provinceName(code, locale) : code;
    }

    public record NationalSources(List<ShopProfile> shops, Map<String, ScoreTotals> byShop) {
    }
}
