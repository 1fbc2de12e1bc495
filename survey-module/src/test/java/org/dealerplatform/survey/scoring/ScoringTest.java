package org.dealerplatform.survey.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.survey.questionnaire.Item;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/** The worked example of docs/METHODOLOGY.md, figure by figure. */
class ScoringTest {

    static final double EXACT = 1e-9;

    /** The example customer's answers in METHODOLOGY.md. */
    static Map<String, Integer> example() {
        Map<String, Integer> a = new HashMap<>();
        a.put("A1", 9);
        a.put("A2", 8);
        a.put("A3", 10);
        a.put("T1", 7);
        a.put("T2", 9);
        a.put("Q1", 10);
        a.put("Q2", 8);
        a.put("P1", 6);
        a.put("P2", 7);
        a.put("F1", 9);
        a.put("F2", 8);
        return a;
    }

    @Test
    void itemScoresRunFromZeroAtOneToHundredAtTen() {
        assertEquals(0, Scoring.itemScore(1), EXACT);
        assertEquals(100, Scoring.itemScore(10), EXACT);
        assertEquals(800.0 / 9, Scoring.itemScore(9), EXACT);
        assertThrows(IllegalArgumentException.class, () -> Scoring.itemScore(0));
        assertThrows(IllegalArgumentException.class, () -> Scoring.itemScore(11));
    }

    @Test
    void theWorkedExampleWithEqualWeights() {
        SampleScore s = Scoring.score(Questionnaire.national(), example(), 9);
        assertEquals(800.0 / 9, s.dimension(Dimension.ADVISOR).orElseThrow(), EXACT); // 88.89
        assertEquals(700.0 / 9, s.dimension(Dimension.TIME).orElseThrow(), EXACT); // 77.78
        assertEquals(800.0 / 9, s.dimension(Dimension.QUALITY).orElseThrow(), EXACT); // 88.89
        assertEquals(550.0 / 9, s.dimension(Dimension.PRICE).orElseThrow(), EXACT); // 61.11
        assertEquals(750.0 / 9, s.dimension(Dimension.FACILITIES).orElseThrow(), EXACT); // 83.33
        assertEquals(80.0, s.overall(), EXACT);
    }

    @Test
    void theWorkedExampleWithTheAssociationsOwnWeights() {
        Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
        weights.put(Dimension.ADVISOR, 0.3);
        weights.put(Dimension.TIME, 0.2);
        weights.put(Dimension.QUALITY, 0.3);
        weights.put(Dimension.PRICE, 0.1);
        weights.put(Dimension.FACILITIES, 0.1);
        Questionnaire national = Questionnaire.national();
        Questionnaire weighted = new Questionnaire(2, national.title(), weights, national.items(),
                national.recommendZh(), national.recommendEn());
        assertEquals(750.0 / 9, Scoring.score(weighted, example(), 9).overall(), EXACT); // 83.33
    }

    @Test
    void anUnansweredOptionalItemIsLeftOutOfItsDimensionsMean() {
        Questionnaire national = Questionnaire.national();
        java.util.List<Item> items = national.items().stream()
                .map(i -> i.code().equals("A3") ? new Item("A3", i.dimension(), i.textZh(), i.textEn(), false) : i)
                .toList();
        Questionnaire optional = new Questionnaire(2, national.title(), national.weights(), items,
                national.recommendZh(), national.recommendEn());
        Map<String, Integer> answers = example();
        answers.remove("A3");
        SampleScore s = Scoring.score(optional, answers, null);
        assertEquals(750.0 / 9, s.dimension(Dimension.ADVISOR).orElseThrow(), EXACT); // (88.89 + 77.78) / 2
        assertEquals((750.0 + 700 + 800 + 550 + 750) / 9 / 5, s.overall(), EXACT);
    }

    @Test
    void aDimensionWithoutAnswersIsLeftOutAndTheOtherWeightsRenormalised() {
        Questionnaire national = Questionnaire.national();
        java.util.List<Item> items = national.items().stream()
                .map(i -> new Item(i.code(), i.dimension(), i.textZh(), i.textEn(), false)).toList();
        Questionnaire optional = new Questionnaire(2, national.title(), national.weights(), items,
                national.recommendZh(), national.recommendEn());
        Map<String, Integer> answers = example();
        answers.remove("P1");
        answers.remove("P2");
        SampleScore s = Scoring.score(optional, answers, null);
        assertEquals(false, s.dimension(Dimension.PRICE).isPresent());
        assertEquals((800.0 + 700 + 800 + 750) / 9 / 4, s.overall(), EXACT);
    }

    @Test
    void npsIsPromotersMinusDetractorsInPercent() {
        assertEquals(true, Nps.promoter(9));
        assertEquals(false, Nps.promoter(8));
        assertEquals(true, Nps.detractor(6));
        assertEquals(false, Nps.detractor(7));
        assertEquals(0.0, Nps.of(3, 1, 1), EXACT); // the shop example: 10, 8, 5
        assertEquals(null, Nps.of(0, 0, 0));
        assertEquals(-100.0, Nps.of(2, 0, 2), EXACT);
    }
}
