package org.dealerplatform.competition.standings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dealerplatform.competition.enrolment.Entries;
import org.dealerplatform.competition.enrolment.Entry;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.standings.ShopStanding;
import org.dealerplatform.core.standings.StandingReader;

/**
 * Core's {@link StandingReader}: a shop's place in the team contest of the season running in a
 * month, read from the same {@link Standings} the standings API shows (live while the season
 * collects, its snapshot once closed), never ranked a second way. A season runs in a month while
 * it is COLLECTING or CLOSED (the on-site round still to come) and the month is one of its
 * collection months; from FINAL on the awards speak.
 */
@ApplicationScoped
public class RunningSeasonStandings implements StandingReader {

    @Inject
    Seasons seasons;

    @Inject
    Entries entries;

    @Inject
    Standings standings;

    @Override
    @Transactional
    public Map<String, ShopStanding> standingsOf(Collection<String> shopIds, YearMonth month) {
        Set<String> wanted = Set.copyOf(shopIds);
        Map<String, ShopStanding> found = new HashMap<>();
        for (Season season : running(seasons.list(), month)) {
            Set<String> entered = entries.all(season.id()).stream().map(Entry::shopId)
                    .filter(id -> wanted.contains(id) && !found.containsKey(id)).collect(Collectors.toSet());
            if (!entered.isEmpty()) {   // a season's standings are computed only if one of the shops entered it
                of(season, standings.of(season, Contest.SHOPS), entered).forEach(found::putIfAbsent);
            }
        }
        return found;
    }

    /** The seasons running in the month, newest collection start first (seasons may overlap). */
    static List<Season> running(List<Season> all, YearMonth month) {
        return all.stream().filter(s -> s.status() == SeasonStatus.COLLECTING || s.status() == SeasonStatus.CLOSED)
                .filter(s -> s.contains(month))
                .sorted((a, b) -> b.collectFrom().compareTo(a.collectFrom())).toList();
    }

    /** The named shops' standings in a team-contest table; unranked shops are left out. */
    static Map<String, ShopStanding> of(Season season, StandingsTable table, Set<String> shopIds) {
        List<StandingRow> ranked = table.rows().stream().filter(r -> r.rank() != null).toList();
        int awards = table.method().awards();
        Map<String, ShopStanding> out = new LinkedHashMap<>();
        for (StandingRow row : ranked) {
            if (!shopIds.contains(row.shopId()) || row.score() == null) {
                continue;
            }
            double behind = row.inAwardPlaces(awards) || table.cutoff() == null ? 0
                    : Math.max(0, BigDecimal.valueOf(table.cutoff()).subtract(BigDecimal.valueOf(row.score()))
                            .doubleValue());    // both at two decimals: subtract exactly, no 0.4499999
            out.put(row.shopId(), new ShopStanding(season.id(), season.name(), table.method().frozen(), row.rank(),
                    ranked.size(), awards, behind));
        }
        return out;
    }
}
