package org.dealerplatform.core.scores;

import java.time.YearMonth;

/**
 * Fired (CDI event, after the change is committed) when a stored sample starts or stops counting
 * as valid, typically a review decision about a month that is already past. Whoever keeps figures
 * derived from scores (live standings, reports) learns which shop and month moved. {@code advisorId}
 * is null when the sample named no advisor.
 */
public record SampleCountChanged(String sampleId, String tenantId, String shopId, String advisorId, YearMonth month,
                                 boolean countsNow, String reason) {
}
