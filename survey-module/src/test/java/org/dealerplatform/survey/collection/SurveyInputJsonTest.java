package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.util.List;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.junit.jupiter.api.Test;

/** The JSON submission's complaint tick: a JSON boolean, nothing else. */
class SurveyInputJsonTest {

    @Test
    void theComplaintIsAJsonBoolean() {
        assertEquals("true", SurveyInputJson.read(Json.createObjectBuilder().add("comment", "差")
                .add("complaint", true).build()).complaint());
        assertEquals("false", SurveyInputJson.read(Json.createObjectBuilder().add("complaint", false).build())
                .complaint());
        assertNull(SurveyInputJson.read(Json.createObjectBuilder().build()).complaint(), "absent: not ticked");
    }

    @Test
    void aComplaintGivenAsTextIsAFieldError() {
        ApiException e = assertThrows(ApiException.class, () -> SurveyInputJson.read(Json.createObjectBuilder()
                .add("complaint", "yes").build()));
        assertEquals(List.of("complaint"), e.errors().stream().map(FieldError::field).toList());
    }
}
