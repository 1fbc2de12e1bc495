package org.dealerplatform.core.standings;

import java.util.Locale;
import java.util.Optional;

/**
 * Published by the competition module (absent when it is not installed): a whole contest's
 * standings of one season with every name, the same table its standings API shows the association
 * (live while the season collects, its snapshot from the close on). Cross-tenant by design: the
 * caller decides what its reader may see, e.g. a group admin only their own group's entries. Must
 * run inside a transaction; it joins the caller's.
 */
public interface SeasonStandingsReader {

    /** Empty when there is no such season; reasons for unranked entries in {@code locale}. */
    Optional<SeasonStandings> standings(String seasonId, ContestLevel level, Locale locale);
}
