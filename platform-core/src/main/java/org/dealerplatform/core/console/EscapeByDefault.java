package org.dealerplatform.core.console;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template prints, so user input (shop names, addresses) can never become
 * markup. Only references named {@code $raw...} (already-rendered HTML from our own templates)
 * are inserted as they are.
 */
public class EscapeByDefault implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || reference.startsWith("$raw") || reference.startsWith("$!raw")
                || reference.startsWith("${raw") || reference.startsWith("$!{raw")) {
            return value;
        }
        return escape(value.toString());
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
