package org.dealerplatform.core.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerSource;
import org.dealerplatform.core.security.InvalidTokenException;

/**
 * The console's signed-in user, read from the HTTP session without ever creating one (API calls
 * and anonymous pages stay session-less; a sign-in in progress lives in {@link LoginCookies}).
 * An expired access token is refreshed once; if Keycloak refuses (user
 * disabled, session ended) the login is dropped and the user must sign in again.
 */
@RequestScoped
public class ConsoleSessions implements CallerSource.SessionCallers {

    private static final Logger LOG = Logger.getLogger(ConsoleSessions.class.getName());

    @Inject
    HttpServletRequest request;

    @Inject
    OidcClient oidc;

    @Override
    public Optional<Caller> current() {
        return login().map(ConsoleLogin::caller);
    }

    public Optional<ConsoleLogin> login() {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ConsoleLogin.SESSION_KEY) instanceof ConsoleLogin login)) {
            return Optional.empty();
        }
        if (!login.accessExpired(Instant.now())) {
            return Optional.of(login);
        }
        try {
            ConsoleLogin refreshed = oidc.refresh(login);
            session.setAttribute(ConsoleLogin.SESSION_KEY, refreshed);
            return Optional.of(refreshed);
        } catch (InvalidTokenException e) {
            LOG.fine(() -> "console login ended: " + e.getMessage());
            session.removeAttribute(ConsoleLogin.SESSION_KEY);
            return Optional.empty();
        }
    }

    /**
     * The first moment a session exists: after a successful sign-in. A session the browser already
     * had (an earlier sign-in) is dropped, and the new one gets a fresh id, so no id known before the
     * sign-in is ever authenticated.
     */
    public void signIn(ConsoleLogin login) {
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            earlier.invalidate();
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ConsoleLogin.SESSION_KEY, login);
    }

    public Optional<ConsoleLogin> signOut() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Optional<ConsoleLogin> login = Optional.ofNullable((ConsoleLogin) session.getAttribute(ConsoleLogin.SESSION_KEY));
        session.invalidate();
        return login;
    }
}
