package org.dealerplatform.core.scores;

import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * Published by the module that owns the samples (the survey module): typed totals read from its
 * rollups, never from the samples themselves. Reads are across tenants: the caller (a module)
 * decides which ids the signed-in user may see and asks only for those. An id without samples in
 * the period is absent from the result. Must run inside a transaction or not at all; it only reads.
 */
public interface ScoreReader {

    /** Each named shop's totals over the query's months. */
    Map<String, ScoreTotals> shops(ScoreQuery query);

    /** Each named advisor's totals over the query's months (the samples that named the advisor). */
    Map<String, ScoreTotals> advisors(ScoreQuery query);

    /** Each named shop's totals month by month. */
    Map<String, SortedMap<YearMonth, ScoreTotals>> shopMonths(ScoreQuery query);

    /** Every shop on the platform over the months, by shop id (ids in the query are ignored). */
    Map<String, ScoreTotals> allShops(ScoreQuery query);
}
