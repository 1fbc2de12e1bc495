package org.dealerplatform.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputTest {

    @Test
    void reportsEveryBadFieldAtOnce() {
        ApiException e = assertThrows(ApiException.class, () -> Input.check(new Object())
                .required("code", " ", 10)
                .required("name", "x".repeat(11), 10)
                .required("fine", "ok", 10)
                .email("email", "not-mail")
                .optional("city", "", 10)
                .oneOf("status", "CLOSED", "ACTIVE", "SUSPENDED")
                .maxItems("modules", Arrays.asList("a", null), 5)
                .orRefuse());
        assertEquals(400, e.status());
        assertEquals(List.of("code", "name", "email", "city", "status", "modules"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void absentOptionalsAndValidValuesPass() {
        Input.check(new Object()).optional("city", null, 10).oneOf("status", null, "ACTIVE")
                .email("email", "ops@group.example.com").required("name", "名".repeat(10), 10).orRefuse();
    }

    @Test
    void missingBodyIsRefused() {
        ApiException e = assertThrows(ApiException.class, () -> Input.check(null));
        assertEquals("body", e.errors().get(0).field());
    }
}
