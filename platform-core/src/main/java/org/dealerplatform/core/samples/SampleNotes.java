package org.dealerplatform.core.samples;

import java.time.YearMonth;
import java.util.List;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Published by the module that owns the samples (the survey module): the parts of one shop's month
 * that are not sums, read from the samples of that shop and month only. Like
 * {@link org.dealerplatform.core.scores.ScoreReader} it reads across tenants: the caller decides
 * that the shop may be shown and passes it as the directory or catalog gave it; its
 * {@link ShopProfile#tenantId()} bounds the read (no tenant id, no data). Months are as samples are
 * filed (the association's time zone, Beijing). Must run inside a transaction; it only reads.
 * <p>
 * The month's totals, per shop and per advisor, come from {@code ScoreReader}, not from here.
 */
public interface SampleNotes {

    /** The most comments one call returns: a report shows a handful, never a month's export. */
    int MOST_COMMENTS = 50;

    /**
     * The newest {@code limit} (1 to {@value #MOST_COMMENTS}) valid samples of the shop filed in the
     * month that carry a comment, newest first. Suspect and invalid samples are left out: a report
     * quotes only what counts.
     */
    List<CustomerComment> latestComments(ShopProfile shop, YearMonth month, int limit);

    /**
     * The shop's samples filed in the month that are suspect or invalid now, counted per screening
     * reason, most samples first. A sample with several reasons counts once under each, so the
     * counts may add up to more than the flagged samples ({@code ScoreTotals} has those). A suspect
     * sample that review accepted is valid and no longer counted here. Empty when nothing was flagged.
     */
    List<FlagReason> flagReasons(ShopProfile shop, YearMonth month);
}
