package org.dealerplatform.core.console;

import org.dealerplatform.core.security.PublicAccess;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.logging.Logger;
import org.dealerplatform.core.security.IdentitySettings;
import org.dealerplatform.core.security.InvalidTokenException;

/** Sign-in and sign-out of the console through Keycloak. */
@Path("console")
@PublicAccess
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class.getName());

    @Inject
    ConsoleSessions sessions;

    @Inject
    OidcClient oidc;

    @Inject
    Pages pages;

    @Inject
    LoginCookies loginCookies;

    @Inject
    IdentitySettings identity;

    /**
     * Cookies go through the servlet response: a {@code Set-Cookie} header in a JAX-RS Response
     * replaces (Jersey sets its first value) the session cookie the container added at sign-in.
     */
    @Context
    HttpServletResponse response;

    /** Starts a sign-in without any server state: what the callback needs travels in a signed cookie. */
    @GET
    @Path("login")
    public Response login(@QueryParam("next") String next, @Context UriInfo uri) {
        PendingLogin pending = oidc.newLogin(safeReturn(next), uri.getBaseUri());
        response.addHeader("Set-Cookie", loginCookies.issue(pending));
        return Response.seeOther(oidc.authorizeUrl(pending)).header("Cache-Control", "no-store").build();
    }

    /** The session is created here, only once Keycloak's code has been exchanged and its tokens verified. */
    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error, @CookieParam(LoginCookies.NAME) String cookie,
                             @Context UriInfo uri) {
        response.addHeader("Set-Cookie", loginCookies.cleared(identity.publicBaseUrl(uri.getBaseUri())));
        var pending = loginCookies.open(cookie, state);
        if (error != null || code == null || pending.isEmpty()) {
            // an old bookmark of the callback, a replay, an expired or forged cookie, or Keycloak refusing: start over cleanly
            return pages.message(401, "console.login.failed", "console.login.again", "/console/login");
        }
        try {
            sessions.signIn(oidc.exchange(code, pending.get()));
            return Response.seeOther(URI.create(pending.get().returnTo())).build();
        } catch (InvalidTokenException e) {
            LOG.warning(() -> "console login refused: " + e.getMessage());
            return pages.message(401, "console.login.failed", "console.login.again", "/console/login");
        }
    }

    @POST
    @Path("logout")
    public Response logout(@FormParam("_csrf") String csrf, @Context UriInfo uri) {
        var login = sessions.login();
        if (login.isPresent() && !login.get().csrf().equals(csrf)) {
            return pages.message(403, "console.csrf", "console.home", "/console");
        }
        sessions.signOut();
        return Response.seeOther(oidc.logoutUrl(login.orElse(null), uri.getBaseUri())).build();
    }

    /** Only paths inside the console, so the login cannot be abused as an open redirect. */
    static String safeReturn(String next) {
        if (next == null || !next.startsWith("/console") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/console/login") || next.startsWith("/console/callback")) {
            return "/console";
        }
        try {
            java.net.URI parsed = java.net.URI.create(next);
            return parsed.getScheme() == null && parsed.getRawAuthority() == null ? next : "/console";
        } catch (IllegalArgumentException e) {
            return "/console";
        }
    }
}
