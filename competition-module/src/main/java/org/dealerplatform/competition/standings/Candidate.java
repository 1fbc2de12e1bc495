package org.dealerplatform.competition.standings;

import java.util.List;
import org.dealerplatform.core.scores.ScoreTotals;

/** An entry about to be ranked: who it is, its samples' totals and the reasons it may not be ranked. */
public record Candidate(String entryId, String subjectId, String name, String shopId, String shopName, String tenant,
                        String groupName, String brand, String province, ScoreTotals totals,
                        List<Exclusion> exclusions) {

    public boolean eligible() {
        return exclusions.isEmpty();
    }
}
