package org.dealerplatform.core.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.dealerplatform.core.i18n.Messages;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.modules.PlatformModule;

/**
 * Renders console pages: a module's template inside the common layout. Templates ship in the
 * module jars under {@code templates/}; every printed value is HTML-escaped
 * ({@link EscapeByDefault}) and templates cannot reach classes or reflection
 * ({@link SecureUberspector}).
 */
@ApplicationScoped
public class Pages {

    @Inject
    ModuleRegistry modules;

    @Inject
    ConsoleView view;

    @Inject
    Navigation navigation;

    @Inject
    org.dealerplatform.core.security.IdentitySettings identity;

    private VelocityEngine engine;

    @PostConstruct
    void init() {
        engine = TemplateEngines.engine(true, false);
    }

    /** A full page: {@code template} rendered into the layout, with {@code titleKey} as its title. */
    public Response page(String template, String titleKey, Map<String, Object> model) {
        return page(200, template, titleKey, model);
    }

    public Response page(int status, String template, String titleKey, Map<String, Object> model) {
        Messages texts = messages(moduleOf(template), view.locale());
        Map<String, Object> values = new HashMap<>(model);
        values.put("t", texts);
        values.put("lang", texts.language());
        values.put("csrf", view.csrf());
        values.put("caller", view.caller().orElse(null));
        values.put("path", view.path());
        values.put("esc", new UrlText());
        String body = render(template, values);
        values.put("rawBody", body);
        values.put("title", texts.get(titleKey));
        values.put("nav", navigation.entriesFor(view.caller(), texts.locale()));
        return Response.status(status).type("text/html; charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "form-action 'self' " + keycloakOrigin() + "; frame-ancestors 'none'")
                .entity(render("templates/core/layout.vm", values)).build();
    }

    /** A short message page with one link onwards (errors, expired forms, failed logins). */
    public Response message(int status, String messageKey, String linkKey, String link) {
        Map<String, Object> model = new HashMap<>();
        model.put("messageKey", messageKey);
        model.put("linkKey", linkKey);
        model.put("link", link);
        return page(status, "templates/core/message.vm", messageKey, model);
    }

    /** Sign-out posts to us and is redirected to Keycloak; browsers apply form-action to that redirect. */
    private String keycloakOrigin() {
        java.net.URI issuer = java.net.URI.create(identity.issuer());
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    /**
     * A document outside the console frame (the public survey pages): the template alone, in the
     * given language, escaped and sandboxed like every console page. The caller sets the headers.
     */
    public String standalone(String template, java.util.Locale locale, Map<String, Object> model) {
        Map<String, Object> values = new HashMap<>(model);
        Messages texts = messages(moduleOf(template), locale);
        values.put("t", texts);
        values.put("lang", texts.language());
        values.put("esc", new UrlText());
        return render(template, values);
    }

    /**
     * Texts are scoped by module: a page of module {@code m} (template under {@code templates/m/})
     * reads {@code i18n/m} and then core's bundle, never another module's. A key one module
     * defines can therefore never change what another module's page shows, and a module removed
     * takes only its own texts with it. Core's keys win over a module's (checked by a test in
     * deployment that no module redefines a core key).
     */
    public Messages messages(String moduleId, java.util.Locale locale) {
        List<String> bundles = new ArrayList<>();
        bundles.add("core");
        if (moduleId != null && !"core".equals(moduleId) && modules.byId(moduleId).isPresent()) {
            bundles.add(moduleId);
        }
        return new Messages(locale, bundles, Pages.class.getClassLoader());
    }

    /** Core's texts only (error pages, sign-in). */
    public Messages messages() {
        return messages(null, view.locale());
    }

    /** The module of a template path {@code templates/<module>/...}; null for core's own. */
    static String moduleOf(String template) {
        String[] parts = template.split("/");
        return parts.length >= 3 && "templates".equals(parts[0]) ? parts[1] : null;
    }

    private String render(String template, Map<String, Object> values) {
        Template compiled = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        compiled.merge(new VelocityContext(new HashMap<>(values)), out);
        return out.toString();
    }
}
