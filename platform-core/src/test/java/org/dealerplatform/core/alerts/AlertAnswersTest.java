package org.dealerplatform.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;

class AlertAnswersTest {

    @Test
    void each_answer_keeps_to_its_own_scale() {
        assertThrows(IllegalArgumentException.class, () -> new RatedItem("Q1", Dimension.QUALITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new RatedItem("Q1", Dimension.QUALITY, 11));
        assertThrows(IllegalArgumentException.class, () -> new AlertAnswers(100.5, List.of(), 5, false));
        assertThrows(IllegalArgumentException.class, () -> new AlertAnswers(Double.NaN, List.of(), 5, false));
        assertThrows(IllegalArgumentException.class, () -> new AlertAnswers(50, List.of(), 11, false));
        assertThrows(IllegalArgumentException.class, () -> new AlertAnswers(50, List.of(), -1, false));
    }

    @Test
    void the_items_cannot_change_after_the_fact() {
        List<RatedItem> items = new ArrayList<>(List.of(new RatedItem("A1", Dimension.ADVISOR, 9)));
        AlertAnswers answers = new AlertAnswers(88.9, items, null, false);
        items.clear();
        assertEquals(1, answers.items().size());
        assertTrue(answers.recommendationGiven().isEmpty());
    }
}
