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
 * stay session-less). An expired access token is refreshed once; if Keycloak refuses (user
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

    public void signIn(ConsoleLogin login) {
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

    public void remember(PendingLogin pending) {
        request.getSession().setAttribute(PendingLogin.SESSION_KEY, pending);
    }

    public Optional<PendingLogin> takePending() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object pending = session.getAttribute(PendingLogin.SESSION_KEY);
        session.removeAttribute(PendingLogin.SESSION_KEY);
        return Optional.ofNullable((PendingLogin) pending);
    }
}
