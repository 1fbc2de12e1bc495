package org.dealerplatform.core.scores;

import java.time.YearMonth;
import java.util.Set;

/**
 * Which samples to add up: the shops or advisors named (by id), the months {@code from} to
 * {@code to} inclusive (Beijing time, as samples are filed), and the questionnaire versions that
 * count (empty = every version).
 */
public record ScoreQuery(Set<String> ids, YearMonth from, YearMonth to, Set<Integer> questionnaireVersions) {

    public ScoreQuery {
        ids = Set.copyOf(ids);
        questionnaireVersions = Set.copyOf(questionnaireVersions);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public static ScoreQuery of(Set<String> ids, YearMonth from, YearMonth to) {
        return new ScoreQuery(ids, from, to, Set.of());
    }

    public boolean counts(int questionnaireVersion) {
        return questionnaireVersions.isEmpty() || questionnaireVersions.contains(questionnaireVersion);
    }
}
