package org.dealerplatform.reporting.overview;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import org.dealerplatform.core.alerts.AlertFigureTexts;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.ranking.Entrant;
import org.dealerplatform.core.ranking.FairRanking;
import org.dealerplatform.core.ranking.RankingResult;
import org.dealerplatform.core.ranking.Standing;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.monthly.ReportTexts;

/**
 * A dealer group's month, as its group admin reads it: the group's shops side by side (overall,
 * valid samples, change from the previous month, five dimensions, NPS) with their rank within the
 * group, the group against the nation, the group's rank among groups, and its hot-alert figures when
 * it has the alerts module. Ranks use the
 * association's fair ranking method ({@link FairRanking}, order only: no award places, no draws),
 * ranking only entrants with at least the minimum of valid samples. Other groups enter the ranking
 * by tenant id only and leave it as a count: their names never reach this view.
 */
public record GroupReport(String groupName, String month, String monthCode, List<ShopRow> shops, Fig group,
                          Fig nation, String versusNation, String groupRank, boolean groupRanked,
                          int groupRankMinimum, int shopRankMinimum, AlertFigureTexts.Table alerts) {

    /** No award places and no draws: only the order is shown, so no seed matters. */
    private static final int NO_AWARD_PLACES = 0;
    private static final int NO_DRAWS = 0;
    private static final long NO_SEED = 0;

    /** One shop of the group. {@code rank} "—" when the shop has too few valid samples to be ranked. */
    public record ShopRow(String rank, String code, String name, String brand, Fig figures, String change,
                          boolean down) {
    }

    /**
     * What the report is made of, read through core's published interfaces; {@code alerts} null
     * without the alerts module or when the group has not enabled it.
     */
    public record Sources(String tenantId, String groupName, YearMonth month, List<ShopProfile> shops,
                          Map<String, SortedMap<YearMonth, ScoreTotals>> shopMonths,
                          Map<String, ScoreTotals> groupsOfMonth, ScoreTotals nation,
                          int groupRankMinimum, int shopRankMinimum, Alerts alerts) {

        public Sources(String tenantId, String groupName, YearMonth month, List<ShopProfile> shops,
                       Map<String, SortedMap<YearMonth, ScoreTotals>> shopMonths,
                       Map<String, ScoreTotals> groupsOfMonth, ScoreTotals nation,
                       int groupRankMinimum, int shopRankMinimum) {
            this(tenantId, groupName, month, shops, shopMonths, groupsOfMonth, nation, groupRankMinimum,
                    shopRankMinimum, null);
        }
    }

    /** The group's hot alerts (core's {@link AlertFigures}): the month, the year to date, the nation's month (may be null). */
    public record Alerts(AlertFigures month, AlertFigures yearToDate, AlertFigures nationMonth) {
    }

    public static GroupReport of(Sources s, ReportTexts texts) {
        Map<String, ScoreTotals> thisMonth = new HashMap<>();
        Map<String, ScoreTotals> lastMonth = new HashMap<>();
        for (ShopProfile shop : s.shops()) {
            SortedMap<YearMonth, ScoreTotals> months = s.shopMonths().getOrDefault(shop.id(), new java.util.TreeMap<>());
            thisMonth.put(shop.id(), months.getOrDefault(s.month(), ScoreTotals.NONE));
            lastMonth.put(shop.id(), months.getOrDefault(s.month().minusMonths(1), ScoreTotals.NONE));
        }
        // shops closed before the month without samples in it are history, not part of the comparison
        List<ShopProfile> shown = s.shops().stream()
                .filter(shop -> shop.active() || thisMonth.get(shop.id()).screenedSamples() > 0).toList();

        RankingResult withinGroup = rank(shown.stream().map(ShopProfile::id).toList(), thisMonth, s.shopRankMinimum());
        Map<String, ShopProfile> byId = new HashMap<>();
        shown.forEach(shop -> byId.put(shop.id(), shop));
        List<ShopRow> rows = new ArrayList<>();
        for (Standing standing : withinGroup.standings()) {
            ShopProfile shop = byId.get(standing.id());
            ScoreTotals now = thisMonth.get(shop.id());
            OptionalDouble change = change(now, lastMonth.get(shop.id()));
            rows.add(new ShopRow(standing.rank() == null ? ReportTexts.MISSING : standing.rank().toString(),
                    shop.code(), shop.name(), shop.brandName(texts.locale()), Fig.of(now), ReportTexts.signed(change),
                    change.isPresent() && change.getAsDouble() < 0));
        }

        ScoreTotals group = shown.stream().map(shop -> thisMonth.get(shop.id()))
                .reduce(ScoreTotals.NONE, ScoreTotals::plus);
        Map<String, ScoreTotals> groups = new HashMap<>(s.groupsOfMonth());
        groups.putIfAbsent(s.tenantId(), ScoreTotals.NONE);
        RankingResult amongGroups = rank(List.copyOf(groups.keySet()), groups, s.groupRankMinimum());
        Integer rank = amongGroups.of(s.tenantId()).map(Standing::rank).orElse(null);
        long ranked = amongGroups.standings().stream().filter(st -> st.rank() != null).count();
        String rankText = rank == null
                ? texts.get("overview.group.notRanked", Long.toString(groups.get(s.tenantId()).validSamples()),
                        Integer.toString(s.groupRankMinimum()))
                : texts.get("overview.group.rankOf", rank.toString(), Long.toString(ranked));

        OptionalDouble gap = difference(group, s.nation());
        String versus = gap.isEmpty() ? texts.get("overview.group.versusNone")
                : texts.get("overview.group.versus", ReportTexts.signed(gap));
        return new GroupReport(s.groupName(), texts.month(s.month()), s.month().toString(), rows, Fig.of(group),
                Fig.of(s.nation()), versus, rankText, rank != null, s.groupRankMinimum(), s.shopRankMinimum(),
                s.alerts() == null ? null : alerts(s.alerts(), texts));
    }

    private static AlertFigureTexts.Table alerts(Alerts a, ReportTexts t) {
        AlertFigureTexts texts = new AlertFigureTexts(t.locale());
        List<AlertFigureTexts.Column> columns = new ArrayList<>(List.of(
                new AlertFigureTexts.Column(texts.text("alertFigures.month"), a.month()),
                new AlertFigureTexts.Column(texts.text("alertFigures.yearToDate"), a.yearToDate())));
        if (a.nationMonth() != null) {
            columns.add(new AlertFigureTexts.Column(texts.text("alertFigures.nation"), a.nationMonth()));
        }
        return texts.table(columns);
    }

    private static RankingResult rank(List<String> ids, Map<String, ScoreTotals> totals, int minimum) {
        List<Entrant> entrants = new ArrayList<>();
        for (String id : ids) {
            ScoreTotals t = totals.getOrDefault(id, ScoreTotals.NONE);
            entrants.add(t.validSamples() == 0 ? new Entrant(id, 0, 0, 0, false)
                    : Entrant.of(id, t, t.validSamples() >= minimum));
        }
        return FairRanking.rank(entrants, NO_AWARD_PLACES, NO_SEED, NO_DRAWS);
    }

    /** This month's overall minus last month's, rounded as printed; absent unless both exist. */
    private static OptionalDouble change(ScoreTotals now, ScoreTotals before) {
        return difference(now, before);
    }

    private static OptionalDouble difference(ScoreTotals a, ScoreTotals b) {
        if (a.validSamples() == 0 || b.validSamples() == 0) {
            return OptionalDouble.empty();
        }
        // the difference of the printed (one decimal) figures, so the row adds up as the reader checks it
        return OptionalDouble.of(round1(a.mean()) - round1(b.mean()));
    }

    static double round1(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
