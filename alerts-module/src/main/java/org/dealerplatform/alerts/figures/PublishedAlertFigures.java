package org.dealerplatform.alerts.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.alerts.AlertFiguresReader;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.scores.ScoreQuery;
import org.dealerplatform.core.scores.ScoreReader;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantDirectory;

/**
 * The alerts module's answer to core's {@link AlertFiguresReader}: the cases from
 * {@link CaseFactsStore}, the valid samples from core's {@link ScoreReader} (none without the survey
 * module), which shop belongs to which group from core's {@link ShopDirectory}. Only groups with
 * the module enabled have figures; their shops are the directory's, so a shop without an alert
 * still shows its 0 against its samples.
 */
@ApplicationScoped
public class PublishedAlertFigures implements AlertFiguresReader {

    @Inject
    CaseFactsStore cases;

    @Inject
    Instance<ScoreReader> scores;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    Instance<TenantDirectory> tenants;

    @Inject
    ModuleRegistry modules;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional
    public Map<String, AlertFigures> shops(Collection<String> shopIds, YearMonth from, YearMonth to) {
        if (shopIds.isEmpty() || !directory.isResolvable()) {
            return Map.of();
        }
        FigurePeriod period = new FigurePeriod(from, to);
        Map<String, Boolean> enabled = new HashMap<>();
        Map<String, List<ShopProfile>> byGroup = directory.get().shops(shopIds).stream()
                .filter(s -> enabled.computeIfAbsent(s.tenantId(), this::enabled))
                .collect(Collectors.groupingBy(ShopProfile::tenantId));
        Map<String, FigureTally> tallies = new HashMap<>();
        Instant now = clock.instant();
        byGroup.forEach((tenant, shops) -> {
            List<String> ids = shops.stream().map(ShopProfile::id).toList();
            ids.forEach(id -> tallies.put(id, new FigureTally()));
            cases.ofGroup(tenant, ids, period).forEach(c -> tallies.get(c.shopId()).add(c, now));
        });
        validSamples(tallies.keySet(), period).forEach((shop, valid) -> tallies.get(shop).addSamples(valid));
        return figures(tallies);
    }

    @Override
    @Transactional
    public Optional<AlertFigures> group(String tenantId, YearMonth from, YearMonth to) {
        if (!enabled(tenantId)) {
            return Optional.empty();
        }
        FigurePeriod period = new FigurePeriod(from, to);
        FigureTally tally = new FigureTally();
        Instant now = clock.instant();
        cases.ofGroup(tenantId, List.of(), period).forEach(c -> tally.add(c, now));
        Set<String> shops = directory.isResolvable() ? directory.get().allShops().stream()
                .filter(s -> tenantId.equals(s.tenantId())).map(ShopProfile::id).collect(Collectors.toSet()) : Set.of();
        validSamples(shops, period).values().forEach(tally::addSamples);
        return Optional.of(tally.figures());
    }

    @Override
    @Transactional
    public Map<String, AlertFigures> groups(YearMonth from, YearMonth to) {
        return figures(tallied(new FigurePeriod(from, to), CaseFacts::tenantId, ShopProfile::tenantId));
    }

    @Override
    @Transactional
    public Optional<AlertFigures> nation(YearMonth from, YearMonth to) {
        Map<String, FigureTally> nation = tallied(new FigurePeriod(from, to), c -> "", s -> "");
        return Optional.ofNullable(nation.get("")).map(FigureTally::figures);
    }

    /**
     * Every enabled group's cases and samples, tallied by {@code key} (the group, or one key for
     * the nation); no entry at all when no group has the module.
     */
    private Map<String, FigureTally> tallied(FigurePeriod period, Function<CaseFacts, String> caseKey,
                                             Function<ShopProfile, String> shopKey) {
        if (!directory.isResolvable()) {
            return Map.of();
        }
        Map<String, Boolean> enabled = new HashMap<>();
        Map<String, ShopProfile> shops = directory.get().allShops().stream()
                .filter(s -> enabled.computeIfAbsent(s.tenantId(), this::enabled))
                .collect(Collectors.toMap(ShopProfile::id, Function.identity()));
        Map<String, FigureTally> tallies = new HashMap<>();
        shops.values().forEach(s -> tallies.computeIfAbsent(shopKey.apply(s), k -> new FigureTally()));
        Instant now = clock.instant();
        for (CaseFacts c : cases.everyGroup(period)) {
            if (enabled.computeIfAbsent(c.tenantId(), this::enabled)) {
                tallies.computeIfAbsent(caseKey.apply(c), k -> new FigureTally()).add(c, now);
            }
        }
        validSamples(shops.keySet(), period).forEach((shop, valid) ->
                tallies.get(shopKey.apply(shops.get(shop))).addSamples(valid));
        return tallies;
    }

    /** Valid samples per shop over the period; shops without any are absent. */
    private Map<String, Long> validSamples(Set<String> shopIds, FigurePeriod period) {
        if (shopIds.isEmpty() || !scores.isResolvable()) {
            return Map.of();
        }
        return scores.get().shops(ScoreQuery.of(shopIds, period.from(), period.to())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().validSamples()));
    }

    /** Whether the group exists and has the module enabled (a suspended group keeps its figures). */
    boolean enabled(String tenantId) {
        return tenants.stream().findFirst().flatMap(t -> t.standing(tenantId))
                .filter(s -> modules.enabledFor(AlertsModule.ID, s.modules())).isPresent();
    }

    private static Map<String, AlertFigures> figures(Map<String, FigureTally> tallies) {
        Map<String, AlertFigures> figures = new HashMap<>();
        tallies.forEach((key, tally) -> figures.put(key, tally.figures()));
        return figures;
    }
}
