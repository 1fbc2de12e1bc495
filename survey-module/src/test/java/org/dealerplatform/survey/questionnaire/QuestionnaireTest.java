package org.dealerplatform.survey.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;

/** What makes a questionnaire valid, and that a published version never changes. */
class QuestionnaireTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theNationalVersionHasFiveDimensionsElevenItemsAndEqualWeights() {
        Questionnaire q = Questionnaire.national();
        assertEquals(1, q.version());
        assertEquals(11, q.items().size());
        for (Dimension d : Dimension.values()) {
            assertEquals(0.2, q.weights().get(d), 1e-12);
            assertTrue(q.itemsOf(d).size() >= 2);
        }
    }

    @Test
    void weightsMustAddUpToOneAndBePositive() {
        Questionnaire q = Questionnaire.national();
        Map<Dimension, Double> weights = new EnumMap<>(q.weights());
        weights.put(Dimension.PRICE, 0.3);
        RuleViolation sum = assertThrows(RuleViolation.class,
                () -> new Questionnaire(2, q.title(), weights, q.items(), q.recommendZh(), q.recommendEn()));
        assertEquals("weights", sum.field());
        weights.put(Dimension.PRICE, 0.0);
        assertThrows(RuleViolation.class,
                () -> new Questionnaire(2, q.title(), weights, q.items(), q.recommendZh(), q.recommendEn()));
    }

    @Test
    void everyDimensionNeedsAnItemAndItemCodesAreUnique() {
        Questionnaire q = Questionnaire.national();
        List<Item> noPrice = q.items().stream().filter(i -> i.dimension() != Dimension.PRICE).toList();
        assertThrows(RuleViolation.class,
                () -> new Questionnaire(2, q.title(), q.weights(), noPrice, q.recommendZh(), q.recommendEn()));
        List<Item> twice = new java.util.ArrayList<>(q.items());
        twice.add(q.items().get(0));
        assertThrows(RuleViolation.class,
                () -> new Questionnaire(2, q.title(), q.weights(), twice, q.recommendZh(), q.recommendEn()));
    }

    @Test
    void theStoredDocumentReadsBackAsTheSameQuestionnaire() {
        Questionnaire q = Questionnaire.national();
        assertEquals(q, QuestionnaireJson.read(1, QuestionnaireJson.write(q).toString()));
    }

    @Test
    void aBrokenDocumentIsARuleViolationNamingTheField() {
        RuleViolation dimension = assertThrows(RuleViolation.class, () -> QuestionnaireJson.read(2,
                "{\"title\":\"t\",\"weights\":{\"SPEED\":1},\"items\":[],\"recommendZh\":\"r\",\"recommendEn\":\"r\"}"));
        assertEquals("weights", dimension.field());
        assertThrows(RuleViolation.class, () -> QuestionnaireJson.read(2, "not json"));
    }

    @Test
    void migrationV2PublishesExactlyTheNationalVersion() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/db/migration/surveys/V2__national_questionnaire.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String document = sql.substring(sql.indexOf("'{") + 1, sql.indexOf("}'") + 1).replace("''", "'");
            assertEquals(Questionnaire.national(), QuestionnaireJson.read(1, document));
        }
    }

    @Test
    void aDraftCanBeRedefinedButAPublishedVersionCannotAndPublishesOnce() {
        Questionnaire national = Questionnaire.national();
        QuestionnaireVersion v2 = new QuestionnaireVersion(2, national.withVersion(2), NOW);
        Map<Dimension, Double> weights = new EnumMap<>(national.weights());
        weights.put(Dimension.ADVISOR, 0.3);
        weights.put(Dimension.FACILITIES, 0.1);
        Questionnaire reweighted = new Questionnaire(2, national.title(), weights, national.items(),
                national.recommendZh(), national.recommendEn());
        v2.redefine(reweighted, NOW);
        assertEquals(0.3, v2.content().weights().get(Dimension.ADVISOR), 1e-12);
        v2.publish("assoc", NOW);
        assertTrue(v2.published());
        Conflict edit = assertThrows(Conflict.class, () -> v2.redefine(national.withVersion(2), NOW));
        assertEquals("version 2 is published and cannot be edited; create a new version instead", edit.getMessage());
        assertNull(edit.field(), "the whole version is fixed, not one field");
        assertFalse(edit.isDuplicate());
        Instant later = NOW.plusSeconds(60);
        Conflict again = assertThrows(Conflict.class, () -> v2.publish("assoc-2", later));
        assertEquals("version 2 is already published", again.getMessage());
        assertEquals("assoc", v2.publishedBy(), "the first publication stands");
        assertEquals(NOW, v2.publishedAt());
        assertEquals(0.3, v2.content().weights().get(Dimension.ADVISOR), 1e-12, "unchanged");
        assertEquals(2, v2.content().version(), "answers keep the version they answered");
    }
}
