package org.dealerplatform.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAndOffsets() {
        assertEquals(new PageRequest(0, 50), PageRequest.of((String) null, null));
        assertEquals(400, PageRequest.of(2, 200).offset());
    }

    @Test
    void nonNumbersAreFieldErrorsNotNotFound() {
        ApiException e = assertThrows(ApiException.class, () -> PageRequest.of("abc", "10"));
        assertEquals(400, e.status());
        assertEquals("page", e.errors().get(0).field());
        assertEquals(new PageRequest(1, 10), PageRequest.of(" 1", "10"));
    }

    @Test
    void refusesOutOfRangeWithFieldErrors() {
        ApiException e = assertThrows(ApiException.class, () -> PageRequest.of(-1, 201));
        assertEquals(400, e.status());
        assertEquals(2, e.errors().size());
        assertEquals("page", e.errors().get(0).field());
        assertEquals("size", e.errors().get(1).field());
    }
}
