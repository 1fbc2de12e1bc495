package org.dealerplatform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.dealerplatform.core.web.ApiException;

/**
 * Finds who is calling. A request with an {@code Authorization: Bearer} header is judged by that
 * token alone (a bad token is 401 even if a console session exists); otherwise a signed-in
 * console session may identify the caller.
 */
@ApplicationScoped
public class CallerSource {

    @Inject
    TokenVerification tokens;

    @Inject
    Instance<SessionCallers> sessions;

    public Optional<Caller> identify(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.unauthorized("only bearer tokens are accepted");
            }
            try {
                return Optional.of(tokens.verify(header.substring(7).trim()));
            } catch (InvalidTokenException e) {
                throw ApiException.unauthorized("invalid token: " + e.getMessage());
            }
        }
        // the API is for bearer tokens only; a console session cookie never authenticates an API call
        boolean console = request.getUriInfo().getPath().startsWith("console");
        return console && sessions.isResolvable() ? sessions.get().current() : Optional.empty();
    }

    /** Implemented by the console: the caller of the current HTTP session, if signed in. */
    public interface SessionCallers {
        Optional<Caller> current();
    }
}
