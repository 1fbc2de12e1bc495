package org.dealerplatform.core.scores;

import java.time.YearMonth;

/**
 * Fired (CDI event) when a stored sample starts or stops counting as valid, typically a review
 * decision about a month that is already past; a change that leaves it counting as it did (a
 * rejected suspect stays uncounted) fires nothing. Whoever keeps figures derived from scores (live
 * standings, reports) learns which shop and month moved. It is fired inside the transaction that
 * changes the sample: an observer that reads the new figures or acts on them observes with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so it hears only committed changes
 * (a plain observer runs inside the transaction and can still be rolled back with it).
 * {@code advisorId} is null when the sample named no advisor; {@code reason} is the decision's
 * written reason.
 */
public record SampleCountChanged(String sampleId, String tenantId, String shopId, String advisorId, YearMonth month,
                                 boolean countsNow, String reason) {
}
