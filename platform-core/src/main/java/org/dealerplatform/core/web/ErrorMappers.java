package org.dealerplatform.core.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealerplatform.core.console.ConsoleErrors;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.Conflicts;
import org.dealerplatform.core.persistence.DatabaseUnavailable;
import org.dealerplatform.core.security.CallerContext;

/**
 * Every failure leaves the API as problem+json: validation with field errors, unreadable JSON as
 * 400, and anything unexpected as a 500 that says nothing about our internals.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    private static final Pattern UNKNOWN = Pattern.compile("[Uu]nknown property '?([A-Za-z0-9_]+)'?|[Uu]nrecognized field \"?([A-Za-z0-9_]+)");

    private ErrorMappers() {
    }

    @Provider
    public static class Api implements ExceptionMapper<ApiException> {
        @Context
        UriInfo uri;

        @Inject
        Instance<ConsoleErrors> console;

        public Api() {
        }

        Api(UriInfo uri, Instance<ConsoleErrors> console) {
            this.uri = uri;
            this.console = console;
        }

        @Override
        public Response toResponse(ApiException e) {
            if (uri != null && uri.getPath().startsWith("console") && console.isResolvable()) {
                return console.get().toPage(e, uri.getRequestUri());
            }
            Response problem = Problem.response(e.status(), e.title(), e.getMessage(), e.errors());
            if (e.status() == 401) {
                return Response.fromResponse(problem)
                        .header("WWW-Authenticate", "Bearer realm=\"dealer-platform\"").build();
            }
            return problem;
        }
    }

    @Provider
    public static class Rule implements ExceptionMapper<RuleViolation> {
        @Context
        UriInfo uri;

        @Inject
        Instance<ConsoleErrors> console;

        @Override
        public Response toResponse(RuleViolation e) {
            return new Api(uri, console).toResponse(ApiException.invalid(e.field(), e.getMessage()));
        }
    }

    /** The object is missing or another tenant's: the same 404 either way. */
    @Provider
    public static class Missing implements ExceptionMapper<NotFound> {
        @Context
        UriInfo uri;

        @Inject
        Instance<ConsoleErrors> console;

        @Override
        public Response toResponse(NotFound e) {
            return new Api(uri, console).toResponse(new ApiException(404, "Not Found", e.getMessage()));
        }
    }

    /** A collision with the object's state (duplicate, illegal step in a life cycle): 409. */
    @Provider
    public static class Collision implements ExceptionMapper<Conflict> {
        @Context
        UriInfo uri;

        @Inject
        Instance<ConsoleErrors> console;

        @Override
        public Response toResponse(Conflict e) {
            return new Api(uri, console).toResponse(toApi(e));
        }
    }

    static ApiException toApi(Conflict e) {
        return e.field() == null ? new ApiException(409, "Conflict", e.getMessage())
                : ApiException.conflict(e.getMessage(), e.field());
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            if (errors.isEmpty()) {
                errors = List.of(new FieldError("body", "is required"));
            }
            return Problem.response(400, "Bad Request", "the request has invalid fields", errors);
        }

        private static String fieldOf(ConstraintViolation<?> violation) {
            String last = "body";
            int depth = 0;
            for (Path.Node node : violation.getPropertyPath()) {
                depth++;
                // method.parameter.field: the first two nodes name the Java method and parameter
                if (depth > 2 || node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                    last = node.getName();
                } else if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    last = "body";
                }
            }
            return last;
        }
    }

    @Provider
    public static class Binding implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof JsonParsingException
                    || cause instanceof ProcessingException) {
                return unreadable(cause);
            }
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            return Problem.response(status, title, status == 415 || status == 406 || status == 405
                    ? e.getMessage() : title.toLowerCase());
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Inject
        Instance<ConsoleErrors> console;

        @Override
        public Response toResponse(Throwable e) {
            if (DatabaseUnavailable.isCause(e)) {
                // the operator's outage, not our bug: say so quickly and when to come back; the
                // pool and EclipseLink are set up to fail fast (PlatformDataSource, FailFastSessions)
                LOG.warning(() -> "database unavailable: " + e);
                Response unavailable = new Api(uri, console).toResponse(new ApiException(503, "Service Unavailable",
                        "the platform cannot reach its database just now; nothing was changed, try again shortly"));
                return Response.fromResponse(unavailable)
                        .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)).build();
            }
            if (Conflicts.isWriteConflict(e)) {
                // still conflicting after ConflictRetries ran it again several times: rolled back, so say
                // "busy, come back in a second" rather than show the database's deadlock to the user
                LOG.warning(() -> "write conflict after retries: " + e);
                Response busy = new Api(uri, console).toResponse(new ApiException(503, "Service Unavailable",
                        "the platform is busy with the same data just now; nothing was changed, try again shortly"));
                return Response.fromResponse(busy).header("Retry-After", "1").build();
            }
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof ApiException api) {
                    return Problem.response(api.status(), api.title(), api.getMessage(), api.errors());
                }
                if (c instanceof jakarta.persistence.OptimisticLockException) {
                    return Problem.response(409, "Conflict",
                            "someone else changed this at the same time; reload it and try again");
                }
                if (c instanceof CallerContext.NoTenantException) {
                    // a tenant-data access without a tenant: refused, never widened to all tenants
                    return Problem.response(403, "Forbidden", "this request has no dealer-group tenant");
                }
                if (c instanceof CallerContext.NotSignedInException) {
                    return Problem.response(401, "Unauthorized", "sign in with a valid bearer token");
                }
                if (c instanceof NotFound missing) {
                    return Problem.response(404, "Not Found", missing.getMessage());
                }
                if (c instanceof Conflict conflict) {
                    ApiException api = toApi(conflict);
                    return Problem.response(api.status(), api.title(), api.getMessage(), api.errors());
                }
                if (c instanceof RuleViolation rule) {
                    return Problem.response(400, "Bad Request", "the request has invalid fields",
                            List.of(new FieldError(rule.field(), rule.getMessage())));
                }
                if (c instanceof JsonbException || c instanceof JsonParsingException) {
                    return unreadable(c);
                }
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return Problem.response(500, "Internal Server Error",
                    "the server could not complete the request; nothing was changed");
        }
    }

    static Response unreadable(Throwable e) {
        String message = deepestMessage(e);
        Matcher unknown = UNKNOWN.matcher(message);
        if (unknown.find()) {
            String field = unknown.group(1) != null ? unknown.group(1) : unknown.group(2);
            return Problem.response(400, "Bad Request", "the request has invalid fields",
                    List.of(new FieldError(field, "unknown field")));
        }
        Matcher property = PROPERTY.matcher(message);
        if (property.find()) {
            return Problem.response(400, "Bad Request", "the request has invalid fields",
                    List.of(new FieldError(property.group(1), "has the wrong type")));
        }
        return Problem.response(400, "Bad Request", "the request body is not valid JSON",
                List.of(new FieldError("body", "malformed JSON")));
    }

    private static String deepestMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                all.append(c.getMessage()).append(' ');
            }
        }
        return all.toString();
    }
}
