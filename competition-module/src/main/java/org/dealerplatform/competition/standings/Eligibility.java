package org.dealerplatform.competition.standings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.competition.enrolment.EntryStatus;
import org.dealerplatform.core.scores.ScoreTotals;

/**
 * Every reason an entry is not ranked, all of them (not just the first), in a fixed order: the
 * entry's own status, the group's standing, the sample minimum, then the two holds for review.
 * Flagged samples are those screening marked suspect or invalid, as a share of every sample
 * screened for the entry; open review cases are suspect samples nobody has decided yet.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** What the rules look at for one entry (a shop, or an advisor together with its shop's entry). */
    public record Facts(EntryStatus entryStatus, String rejectionReason, boolean groupActive, ScoreTotals totals,
                        int minSamples, double maxFlaggedShare) {
    }

    public static List<Exclusion> check(Facts f) {
        List<Exclusion> reasons = new ArrayList<>();
        switch (f.entryStatus()) {
            case PENDING -> reasons.add(Exclusion.of(Reason.NOT_APPROVED));
            case REJECTED -> reasons.add(Exclusion.of(Reason.REJECTED, f.rejectionReason() == null ? "-"
                    : f.rejectionReason()));
            case WITHDRAWN -> reasons.add(Exclusion.of(Reason.WITHDRAWN));
            case APPROVED -> { }
        }
        if (!f.groupActive()) {
            reasons.add(Exclusion.of(Reason.GROUP_SUSPENDED));
        }
        ScoreTotals t = f.totals();
        if (t.validSamples() < f.minSamples()) {
            reasons.add(Exclusion.of(Reason.TOO_FEW_SAMPLES, t.validSamples(), f.minSamples()));
        }
        if (t.flaggedShare() > f.maxFlaggedShare()) {
            reasons.add(Exclusion.of(Reason.TOO_MANY_FLAGGED, percent(t.flaggedShare()), percent(f.maxFlaggedShare())));
        }
        if (t.suspectSamples() > 0) {
            reasons.add(Exclusion.of(Reason.OPEN_REVIEW_CASES, t.suspectSamples()));
        }
        return List.copyOf(reasons);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
