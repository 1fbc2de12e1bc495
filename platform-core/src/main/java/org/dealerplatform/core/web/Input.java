package org.dealerplatform.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a request body's fields and reports every problem at once, as problem+json field errors.
 * <p>
 * Used instead of Bean Validation annotations on the DTO records: Payara's OpenAPI generator
 * (6.2025.10) fails with a NullPointerException on constraint annotations of record components,
 * which took {@code /openapi} down. Entities still guard their own rules; this is the first,
 * friendlier line that names all bad fields of one request.
 */
public final class Input {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<FieldError> errors = new ArrayList<>();

    private Input() {
    }

    /** Starts checking; a missing body is itself a 400. */
    public static Input check(Object body) {
        if (body == null) {
            throw ApiException.invalid("body", "is required");
        }
        return new Input();
    }

    public Input required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else {
            length(field, value, maxLength);
        }
        return this;
    }

    /** Absent is fine (a partial update); present must not be blank or too long. */
    public Input optional(String field, String value, int maxLength) {
        if (value != null) {
            if (value.isBlank()) {
                errors.add(new FieldError(field, "must not be blank"));
            } else {
                length(field, value, maxLength);
            }
        }
        return this;
    }

    /** The one email plausibility rule of the platform: something@domain.tld, no spaces. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.strip()).matches();
    }

    public Input email(String field, String value) {
        if (value != null && !value.isBlank() && !isEmail(value)) {
            errors.add(new FieldError(field, "must be an email address"));
        }
        return this;
    }

    /** Absent is fine; present must be one of the allowed values, exactly. */
    public Input oneOf(String field, String value, String... allowed) {
        if (value != null && !java.util.Arrays.asList(allowed).contains(value)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed)));
        }
        return this;
    }

    public Input maxItems(String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            errors.add(new FieldError(field, "must have at most " + max + " items"));
        }
        if (values != null && values.stream().anyMatch(v -> v == null)) {
            errors.add(new FieldError(field, "must not contain null"));
        }
        return this;
    }

    public void orRefuse() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void length(String field, String value, int maxLength) {
        if (value.strip().length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
    }
}
