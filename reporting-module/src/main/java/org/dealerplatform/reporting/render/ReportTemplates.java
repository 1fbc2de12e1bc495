package org.dealerplatform.reporting.render;

import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.dealerplatform.core.console.EscapeByDefault;

/**
 * Velocity set up like the console's pages: templates from the classpath only, no reflection
 * from templates ({@link SecureUberspector}). Markup (HTML email, PDF XHTML) escapes every printed
 * value ({@link EscapeByDefault}); plain text does not, since a text/plain part has no markup to
 * break and {@code &lt;} would show literally.
 */
public final class ReportTemplates {

    private static final VelocityEngine MARKUP = engine(true);
    private static final VelocityEngine PLAIN = engine(false);

    private ReportTemplates() {
    }

    /** A template whose output is HTML or XHTML: every value escaped. */
    public static String markup(String template, Map<String, Object> model) {
        return merge(MARKUP, template, model);
    }

    /** A template whose output is plain text: values as they are. */
    public static String plain(String template, Map<String, Object> model) {
        return merge(PLAIN, template, model);
    }

    private static String merge(VelocityEngine engine, String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(new VelocityContext(new java.util.HashMap<>(model)), out);
        return out.toString();
    }

    /** A typo in a template fails the tests instead of printing "$view.scroe()" to a customer: strict. */
    private static VelocityEngine engine(boolean escape) {
        return org.dealerplatform.core.console.TemplateEngines.engine(escape, true);
    }
}
