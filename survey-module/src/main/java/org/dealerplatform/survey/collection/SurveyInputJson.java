package org.dealerplatform.survey.collection;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/** Reads a JSON submission strictly: unknown fields and wrong JSON types are named in a 400. */
final class SurveyInputJson {

    private static final Set<String> FIELDS = Set.of("answers", "recommend", "visitType", "advisorId", "repairOrderNo",
            "comment", "phone", "ticket", "questionnaireVersion", "complaint");

    private SurveyInputJson() {
    }

    static SurveyInput read(JsonValue value) {
        if (!(value instanceof JsonObject body)) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a known field")));
        Map<String, String> answers = new HashMap<>();
        JsonValue given = body.get("answers");
        if (given instanceof JsonObject object) {
            object.forEach((code, rating) -> {
                if (rating instanceof JsonNumber n) {
                    answers.put(code, n.toString());
                } else if (rating != JsonValue.NULL) {
                    errors.add(new FieldError("answers." + code, "must be a number"));
                }
            });
        } else if (given != null && given != JsonValue.NULL) {
            errors.add(new FieldError("answers", "must be an object of item codes and ratings"));
        }
        String recommend = number(body, "recommend", errors);
        String version = number(body, "questionnaireVersion", errors);
        SurveyInput input = new SurveyInput(answers, recommend, text(body, "visitType", errors),
                text(body, "advisorId", errors), text(body, "repairOrderNo", errors), text(body, "comment", errors),
                text(body, "phone", errors), text(body, "ticket", errors), version, bool(body, "complaint", errors));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return input;
    }

    private static String number(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        errors.add(new FieldError(field, "must be a number"));
        return null;
    }

    /** A JSON boolean, as "true" or "false"; absent and null are "not ticked". */
    private static String bool(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return String.valueOf(v == JsonValue.TRUE);
        }
        errors.add(new FieldError(field, "must be true or false"));
        return null;
    }

    private static String text(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "must be text"));
        return null;
    }
}
