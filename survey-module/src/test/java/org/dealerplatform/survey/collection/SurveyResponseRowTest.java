package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The group-commit writer inserts samples with plain JDBC: its column list must be exactly the
 * entity's mapped columns, or a column added to the entity would silently stay empty in batched
 * samples.
 */
class SurveyResponseRowTest {

    @Test
    void theRowNamesEveryMappedColumnAndNothingElse() {
        TreeSet<String> mapped = new TreeSet<>();
        for (Class<?> c = SurveyResponse.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Column column = f.getAnnotation(Column.class);
                if (column != null) {
                    mapped.add(column.name());
                }
            }
        }
        Map<String, Object> row = SurveyResponseTest.sample(new Verdict(SampleStatus.VALID, List.of())).row("demo-group-a");
        assertEquals(mapped, new TreeSet<>(row.keySet()));
    }

    @Test
    void theRowCarriesTheSamplesValuesAsTheMappingStoresThem() {
        SurveyResponse sample = SurveyResponseTest.sample(new Verdict(SampleStatus.VALID, List.of()));
        Map<String, Object> row = sample.row("demo-group-a");
        assertEquals(sample.id(), row.get("id"));
        assertEquals("demo-group-a", row.get("tenant_id"));
        assertEquals("s-1", row.get("shop_id"));
        assertEquals("REPAIR", row.get("visit_type"));
        assertEquals("VALID", row.get("status"));
        assertEquals(85.0, row.get("score_overall"));
        assertEquals("RO-1", row.get("repair_order_no"));
        assertEquals(Timestamp.from(SurveyResponseTest.NOW), row.get("submitted_at"));
        assertEquals("2026-03", row.get("month"));
        assertEquals("key-00000001", row.get("idempotency_key"));
        assertEquals(1L, row.get("version"));
        assertEquals(false, row.get("from_shop_network"));
    }
}
