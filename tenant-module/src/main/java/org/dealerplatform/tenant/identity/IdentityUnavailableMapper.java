package org.dealerplatform.tenant.identity;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dealerplatform.core.console.ConsoleErrors;
import org.dealerplatform.core.web.ApiException;
import java.util.logging.Logger;
import org.dealerplatform.core.web.Problem;

/** Keycloak trouble is the platform's dependency failing: 503, and a promise that nothing was stored. */
@Provider
public class IdentityUnavailableMapper implements ExceptionMapper<IdentityUnavailableException> {

    private static final Logger LOG = Logger.getLogger(IdentityUnavailableMapper.class.getName());

    @Context
    UriInfo uri;

    @Inject
    ConsoleErrors console;

    @Override
    public Response toResponse(IdentityUnavailableException e) {
        LOG.warning(() -> "tenant provisioning failed: " + e.getMessage());
        if (uri != null && uri.getPath().startsWith("console")) {
            return console.toPage(new ApiException(503, "Service Unavailable", e.getMessage()), uri.getRequestUri());
        }
        return Response.fromResponse(Problem.response(503, "Service Unavailable",
                "the identity provider (Keycloak) is unavailable: " + e.getMessage()
                        + "; the dealer group was not created, try again later"))
                .header("Retry-After", "30").build();
    }
}
