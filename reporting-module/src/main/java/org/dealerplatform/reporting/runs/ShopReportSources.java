package org.dealerplatform.reporting.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.alerts.AlertFiguresReader;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.samples.FlagReason;
import org.dealerplatform.core.samples.SampleNotes;
import org.dealerplatform.core.scores.ScoreQuery;
import org.dealerplatform.core.scores.ScoreReader;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.standings.ShopStanding;
import org.dealerplatform.core.standings.StandingReader;
import org.dealerplatform.core.tenancy.TenantDirectory;
import org.dealerplatform.core.tenancy.TenantStanding;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.monthly.ReportSources;
import org.dealerplatform.reporting.monthly.ShopMonthReport;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Label;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Standing;
import org.dealerplatform.reporting.monthly.ShopMonthReportAssembler;

/**
 * Reads what a month's shop reports are made of through core's published interfaces only. Every
 * reader is optional: without the survey module a report says "no samples", without the tenant
 * module there are no shops. The nation's and each group's figures are the same for every shop of
 * a run, so {@link #forMonth} reads them once, and so are a season's standings: the shops' places
 * come from one {@link StandingReader} call per run (none without the competition module), and the
 * shops' alert figures from core's {@link AlertFiguresReader} (none without the alerts module).
 */
@ApplicationScoped
public class ShopReportSources {

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    Instance<ScoreReader> scores;

    @Inject
    Instance<SampleNotes> notes;

    @Inject
    Instance<TenantDirectory> tenants;

    @Inject
    Instance<StandingReader> standings;

    @Inject
    Instance<AlertFiguresReader> alertFigures;

    @Inject
    ModuleRegistry modules;

    /** The month's shared figures and the shops to report on: active shops of active groups with reports enabled. */
    @Transactional
    public Month forMonth(YearMonth month) {
        if (!directory.isResolvable()) {
            return new Month(month, List.of(), Map.of(), Map.of(), new TreeMap<>(), Map.of(), Map.of());
        }
        Map<String, Boolean> enabled = new HashMap<>();
        List<ShopProfile> shops = directory.get().allShops().stream().filter(ShopProfile::active)
                .filter(s -> enabled.computeIfAbsent(s.tenantId(), this::reportsEnabled)).toList();
        Map<String, ScoreTotals> groups = new HashMap<>();
        SortedMap<YearMonth, ScoreTotals> nation = new TreeMap<>();
        if (scores.isResolvable() && !shops.isEmpty()) {
            Map<String, ScoreTotals> byShop = scores.get().shops(ScoreQuery.of(
                    shops.stream().map(ShopProfile::id).collect(Collectors.toSet()), month, month));
            // a group's figure is the sum of its reported shops' totals (exact: totals add)
            for (ShopProfile shop : shops) {
                groups.merge(shop.tenantId(), byShop.getOrDefault(shop.id(), ScoreTotals.NONE), ScoreTotals::plus);
            }
            for (int back = ShopMonthReportAssembler.TREND_MONTHS - 1; back >= 0; back--) {
                YearMonth m = month.minusMonths(back);
                nation.put(m, scores.get().allShops(ScoreQuery.of(Set.of(), m, m)).values().stream()
                        .reduce(ScoreTotals.NONE, ScoreTotals::plus));
            }
        }
        return new Month(month, shops, directory.get().groupNames(), groups, nation,
                standings(standings.isResolvable() ? Optional.of(standings.get()) : Optional.empty(), shops, month),
                alerts(alertFigures.isResolvable() ? Optional.of(alertFigures.get()) : Optional.empty(), shops, month));
    }

    /** One shop's report sources, with the month's shared figures. */
    @Transactional
    public ReportSources of(Month month, ShopProfile shop) {
        YearMonth m = month.month();
        SortedMap<YearMonth, ScoreTotals> shopMonths = new TreeMap<>();
        List<ReportSources.AdvisorTotals> advisors = List.of();
        if (scores.isResolvable()) {
            var byMonth = scores.get().shopMonths(ScoreQuery.of(Set.of(shop.id()),
                    m.minusMonths(ShopMonthReportAssembler.TREND_MONTHS - 1), m)).get(shop.id());
            if (byMonth != null) {
                shopMonths.putAll(byMonth);
            }
            advisors = advisors(shop, m);
        }
        List<ReportSources.CustomerComment> comments = List.of();
        Map<String, Long> flagged = new LinkedHashMap<>();
        Map<String, Label> labels = new HashMap<>();
        if (notes.isResolvable()) {
            comments = notes.get().latestComments(shop, m, ShopMonthReportAssembler.MAX_COMMENTS).stream()
                    .map(c -> new ReportSources.CustomerComment(c.text(),
                            c.submittedAt().atZone(ReportSettings.BEIJING).toLocalDate(), OptionalDouble.of(c.overall())))
                    .toList();
            for (FlagReason reason : notes.get().flagReasons(shop, m)) {
                flagged.put(reason.code(), reason.samples());
                labels.put(reason.code(), new Label(reason.label().zh(), reason.label().en()));
            }
        }
        return new ReportSources(shop, month.groupNames().getOrDefault(shop.tenantId(), shop.tenantId()), m,
                shopMonths, month.groups().get(shop.tenantId()), month.nation(), advisors, comments, flagged, labels,
                Optional.ofNullable(month.standings().get(shop.id())),
                Optional.ofNullable(month.alerts().get(shop.id())));
    }

    /**
     * The shops' hot-alert figures, the month and the year to date, with the nation's month; none
     * without the alerts module, and none for a shop whose group has not enabled it (the reader
     * leaves those out). Three reads per run, not per shop.
     */
    static Map<String, ShopMonthReport.Alerts> alerts(Optional<AlertFiguresReader> reader, List<ShopProfile> shops,
                                                      YearMonth month) {
        if (reader.isEmpty() || shops.isEmpty()) {
            return Map.of();
        }
        List<String> ids = shops.stream().map(ShopProfile::id).toList();
        Map<String, AlertFigures> monthly = reader.get().shops(ids, month, month);
        Map<String, AlertFigures> yearToDate = reader.get().shops(ids, YearMonth.of(month.getYear(), 1), month);
        AlertFigures nation = reader.get().nation(month, month).orElse(null);
        Map<String, ShopMonthReport.Alerts> alerts = new HashMap<>();
        monthly.forEach((shop, figures) -> alerts.put(shop, new ShopMonthReport.Alerts(figures,
                yearToDate.getOrDefault(shop, figures), nation)));
        return alerts;
    }

    /** The shops' competition standings in the report's terms; none without the competition module. */
    static Map<String, Standing> standings(Optional<StandingReader> reader, List<ShopProfile> shops, YearMonth month) {
        if (reader.isEmpty() || shops.isEmpty()) {
            return Map.of();
        }
        Map<String, ShopStanding> found = reader.get().standingsOf(shops.stream().map(ShopProfile::id).toList(), month);
        return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new Standing(
                e.getValue().seasonName(), e.getValue().rank(), e.getValue().entrants(), e.getValue().awardPlaces(),
                e.getValue().pointsBehind(), e.getValue().frozen())));
    }

    /** The shop's active advisors, and former ones who still have samples this month. */
    private List<ReportSources.AdvisorTotals> advisors(ShopProfile shop, YearMonth m) {
        List<AdvisorProfile> staff = directory.get().advisorsOfShops(List.of(shop.id()));
        if (staff.isEmpty()) {
            return List.of();
        }
        Map<String, ScoreTotals> totals = scores.get().advisors(ScoreQuery.of(
                staff.stream().map(AdvisorProfile::id).collect(Collectors.toSet()), m, m));
        return staff.stream().filter(a -> a.active() || totals.containsKey(a.id()))
                .map(a -> new ReportSources.AdvisorTotals(a.name(), totals.getOrDefault(a.id(), ScoreTotals.NONE)))
                .toList();
    }

    /** Whether the dealer group is active and has the reporting module: only then does it get reports. */
    public boolean reportsEnabled(String tenantId) {
        Optional<TenantStanding> standing = tenants.stream().findFirst().flatMap(t -> t.standing(tenantId));
        return standing.filter(TenantStanding::active)
                .filter(s -> modules.enabledFor(ReportsModule.ID, s.modules())).isPresent();
    }

    /** What every shop report of one month shares. */
    public record Month(YearMonth month, List<ShopProfile> shops, Map<String, String> groupNames,
                       Map<String, ScoreTotals> groups, SortedMap<YearMonth, ScoreTotals> nation,
                       Map<String, Standing> standings, Map<String, ShopMonthReport.Alerts> alerts) {
    }
}
