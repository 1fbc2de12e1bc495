package org.dealerplatform.competition.standings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.standings.ContestLevel;
import org.dealerplatform.core.standings.EntryStanding;
import org.dealerplatform.core.standings.SeasonStandings;
import org.dealerplatform.core.standings.SeasonStandingsReader;

/**
 * Core's {@link SeasonStandingsReader}: a contest's table as {@link Standings} makes it for the
 * standings API (live, or the snapshot once closed), in core's terms, every entry by name, so the
 * export shows the same ranks and figures as the API and is never ranked a second way.
 */
@ApplicationScoped
public class WholeSeasonStandings implements SeasonStandingsReader {

    @Inject
    Seasons seasons;

    @Inject
    Standings standings;

    @Override
    @Transactional
    public Optional<SeasonStandings> standings(String seasonId, ContestLevel level, Locale locale) {
        Contest contest = level == ContestLevel.SHOP ? Contest.SHOPS : Contest.ADVISORS;
        return seasons.find(seasonId).map(season -> of(season.id(), season.code(), season.name(), level,
                standings.of(season, contest), locale));
    }

    static SeasonStandings of(String seasonId, String code, String name, ContestLevel level, StandingsTable table,
                              Locale locale) {
        return new SeasonStandings(seasonId, code, name, level, table.method().frozen(), table.method().awards(),
                table.cutoff(), table.rows().stream().map(r -> entry(r, locale)).toList());
    }

    private static EntryStanding entry(StandingRow r, Locale locale) {
        return new EntryStanding(r.rank(), r.name(), r.shopName(), r.tenant(), r.groupName(), r.validSamples(),
                r.flaggedSamples(), r.mean(), r.margin(), r.score(), r.adjustment(), r.pAward(), r.eligible(),
                r.reasons().stream().map(e -> e.text(locale)).toList());
    }
}
