package org.dealerplatform.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTypeCheckTest {

    record Change(String name, Boolean active, List<String> modules, Integer count) {
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void acceptsMatchingTypesAndNulls() {
        JsonTypeCheck.check(json("{\"name\":\"n\",\"active\":true,\"modules\":[\"a\"],\"count\":3}"), Change.class);
        JsonTypeCheck.check(json("{\"name\":null,\"active\":null}"), Change.class);
    }

    @Test
    void namesEveryWrongTypeAndUnknownField() {
        ApiException e = assertThrows(ApiException.class, () -> JsonTypeCheck.check(
                json("{\"name\":17,\"active\":\"yes\",\"modules\":\"a\",\"count\":\"3\",\"colour\":\"red\"}"), Change.class));
        assertEquals(List.of("active", "colour", "count", "modules", "name"),
                e.errors().stream().map(FieldError::field).sorted().toList());
    }
}
