package org.dealerplatform.core.console;

import java.util.Properties;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * The one Velocity set-up of the platform: templates from the module jars' classpath, UTF-8, no
 * reach into classes or reflection ({@link SecureUberspector}), and every printed value escaped
 * ({@link EscapeByDefault}) unless the output is not markup (a plain-text mail).
 */
public final class TemplateEngines {

    private TemplateEngines() {
    }

    /**
     * {@code escapeHtml} false only for plain text; {@code strict} makes an unknown reference an
     * error (a typo fails a test instead of reaching a reader) rather than printing nothing.
     */
    public static VelocityEngine engine(boolean escapeHtml, boolean strict) {
        Properties config = new Properties();
        config.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        config.setProperty("resource.loader.classpath.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        config.setProperty("resource.loader.classpath.cache", "true");
        config.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        config.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        if (escapeHtml) {
            config.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeByDefault.class.getName());
        }
        config.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, Boolean.toString(strict));
        VelocityEngine engine = new VelocityEngine(config);
        engine.init();
        return engine;
    }
}
