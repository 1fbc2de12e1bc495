package org.dealerplatform.survey.collection;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dealerplatform.core.web.Problem;

/** The JSON side of the ceiling: 429 problem+json with {@code Retry-After}; a retry with the same key is welcome then. */
@Provider
public class CeilingReachedMapper implements ExceptionMapper<CeilingReached> {

    @Override
    public Response toResponse(CeilingReached e) {
        return Response.fromResponse(Problem.response(429, "Too Many Requests", e.getMessage()))
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }
}
