package org.dealerplatform.reporting.render;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
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

    private static VelocityEngine engine(boolean escape) {
        Properties config = new Properties();
        config.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        config.setProperty("resource.loader.classpath.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        config.setProperty("resource.loader.classpath.cache", "true");
        config.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        config.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        if (escape) {
            config.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeByDefault.class.getName());
        }
        // A typo in a template fails the tests instead of printing "$view.scroe()" to a customer.
        config.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        VelocityEngine engine = new VelocityEngine(config);
        engine.init();
        return engine;
    }
}
