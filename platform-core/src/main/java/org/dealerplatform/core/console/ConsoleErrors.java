package org.dealerplatform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.dealerplatform.core.web.ApiException;

/** How refusals look in the console: a sign-in redirect for 401, a friendly page otherwise. */
@ApplicationScoped
public class ConsoleErrors {

    @Inject
    Pages pages;

    public Response toPage(ApiException e, URI requested) {
        if (e.status() == 401) {
            String next = requested.getRawPath() + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
            return Response.seeOther(URI.create("/console/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                    .build();
        }
        String key = switch (e.status()) {
            case 403 -> e instanceof ApiException.TenantSuspended ? "console.error.suspended" : "console.error.403";
            case 404 -> "console.error.404";
            case 409 -> "console.error.409";
            case 400 -> "console.error.400";
            case 503 -> "console.error.503";
            default -> "console.error.other";
        };
        return pages.message(e.status(), key, "console.home", "/console");
    }
}
