package org.dealerplatform.core.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.web.ApiException;

/** What a console page needs to know about the current request: language, caller, CSRF token. */
@RequestScoped
public class ConsoleView {

    @Inject
    HttpServletRequest request;

    @Inject
    CallerContext callers;

    @Inject
    ConsoleSessions sessions;

    public Locale locale() {
        String cookie = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> "lang".equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        String explicit = request.getParameter("lang") != null ? request.getParameter("lang") : cookie;
        return Languages.choose(explicit, request.getHeader("Accept-Language"));
    }

    public Optional<Caller> caller() {
        return callers.current();
    }

    public String csrf() {
        return sessions.login().map(ConsoleLogin::csrf).orElse("");
    }

    /** Every console form posts the session's CSRF token; a mismatch is refused before any change. */
    public void checkCsrf(String submitted) {
        if (submitted == null || submitted.isEmpty() || !submitted.equals(csrf())) {
            throw new ApiException(403, "Forbidden", "the form has expired; reload the page and try again");
        }
    }

    public String path() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
