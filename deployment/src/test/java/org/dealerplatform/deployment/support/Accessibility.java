package org.dealerplatform.deployment.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2 A and AA rules run on the page a browser shows. The script comes from Deque's
 * Maven artifact (a test dependency, {@code axe.min.js} at its root) and is injected through the
 * WebDriver, so pages never ship it and no browser is downloaded. Works on pages with a strict
 * Content-Security-Policy and in a browser with page scripts switched off (the WebDriver's scripts
 * still run).
 */
public final class Accessibility {

    /** The rules the platform promises: WCAG 2.0 level A and AA. */
    static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, resultTypes: ['violations']})"
            + ".then(function (r) { done(r.violations.map(function (v) {"
            + "  return '- ' + v.id + ' (' + v.impact + '): ' + v.help + '\\n' + v.nodes.map(function (n) {"
            + "    return '    ' + n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ');"
            + "  }).join('\\n'); }).join('\\n')); })"
            + ".catch(function (e) { done('axe failed: ' + e); });";

    private static String script;

    private Accessibility() {
    }

    /** Fails with every violation (rule, impact, the elements and what to fix) of the page shown now. */
    public static void assertNoViolations(WebDriver browser, String page) {
        String found = violations(browser);
        if (!found.isEmpty()) {
            throw new AssertionError("axe-core (WCAG 2 A/AA) found violations on " + page + " ("
                    + browser.getCurrentUrl() + "):\n" + found);
        }
    }

    /** The violations as text, one rule a paragraph; empty when there are none. */
    public static String violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(axe());
        return String.valueOf(js.executeAsyncScript(RUN));
    }

    private static synchronized String axe() {
        if (script == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
