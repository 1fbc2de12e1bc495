package org.dealerplatform.core.web;

import java.util.ArrayList;
import java.util.List;

/** A validated {@code ?page=&size=} pair: pages count from 0, size is 1 to 200 (default 50). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    /** From the raw query parameters, so {@code ?page=abc} is a 400 naming the field, not a 404. */
    public static PageRequest of(String page, String size) {
        return of(number("page", page, 0), number("size", size, 50));
    }

    private static int number(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "must be a whole number");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
