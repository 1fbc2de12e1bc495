package org.dealerplatform.tenant.identity;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.dealerplatform.core.web.Problem;

/** Keycloak trouble is the platform's dependency failing: 503, and a promise that nothing was stored. */
@Provider
public class IdentityUnavailableMapper implements ExceptionMapper<IdentityUnavailableException> {

    private static final Logger LOG = Logger.getLogger(IdentityUnavailableMapper.class.getName());

    @Override
    public Response toResponse(IdentityUnavailableException e) {
        LOG.warning(() -> "tenant provisioning failed: " + e.getMessage());
        return Response.fromResponse(Problem.response(503, "Service Unavailable",
                "the identity provider (Keycloak) is unavailable: " + e.getMessage()
                        + "; the dealer group was not created, try again later"))
                .header("Retry-After", "30").build();
    }
}
