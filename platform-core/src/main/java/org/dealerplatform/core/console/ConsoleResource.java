package org.dealerplatform.core.console;

import org.dealerplatform.core.security.PublicAccess;
import org.dealerplatform.core.security.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.security.Roles;

/** The console's home page, language switch and static assets. */
@Path("console")
public class ConsoleResource {

    @Inject
    Pages pages;

    @Inject
    Navigation navigation;

    @Inject
    ConsoleView view;

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response home() {
        return pages.page("templates/core/home.vm", "console.home",
                Map.of("links", navigation.entriesFor(view.caller(), view.locale())));
    }

    @GET
    @Path("language")
    @PublicAccess
    public Response language(@QueryParam("lang") String lang, @QueryParam("next") String next) {
        String chosen = Languages.choose(lang, null).getLanguage();
        NewCookie cookie = new NewCookie.Builder("lang").value(chosen).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LoginResource.safeReturn(next))).cookie(cookie).build();
    }

    @GET
    @Path("assets/{name: [a-z0-9-]+\\.(css|svg)}")
    @PublicAccess
    public Response asset(@PathParam("name") String name) {
        InputStream in = ConsoleResource.class.getResourceAsStream("/assets/" + name);
        if (in == null) {
            return Response.status(404).build();
        }
        String type = name.endsWith(".css") ? "text/css; charset=UTF-8" : "image/svg+xml";
        return Response.ok(in, type).header("Cache-Control", "public, max-age=3600").build();
    }
}
