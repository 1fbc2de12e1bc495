package org.dealerplatform.core.web;

import java.util.List;

/**
 * A failure the caller should hear about in plain words: it becomes a problem+json response
 * (or a friendly console page) with this status, title and detail.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ApiException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not Found", what + " not found");
    }

    public static ApiException conflict(String detail, String field) {
        return new ApiException(409, "Conflict", detail, List.of(new FieldError(field, detail)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "Bad Request", "the request has invalid fields", errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail);
    }

    /** The caller's dealer group is suspended: a 403 the console explains in its own words. */
    public static ApiException tenantSuspended() {
        return new TenantSuspended();
    }

    /** Marks the one refusal a user can do nothing about but call the association. */
    public static final class TenantSuspended extends ApiException {
        TenantSuspended() {
            super(403, "Forbidden", "your dealer group is suspended");
        }
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
