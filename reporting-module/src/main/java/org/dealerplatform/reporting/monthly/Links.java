package org.dealerplatform.reporting.monthly;

import java.net.URI;
import java.util.Objects;

/**
 * The two links every report email carries: the report in the console, and unsubscribing. Only
 * absolute http(s) URLs: escaping keeps a value inside its attribute, but a {@code javascript:}
 * URL would still run when clicked.
 */
public record Links(String console, String unsubscribe) {

    public Links {
        console = checked(console, "console");
        unsubscribe = checked(unsubscribe, "unsubscribe");
    }

    private static String checked(String url, String what) {
        Objects.requireNonNull(url, what);
        URI uri = URI.create(url);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException(what + " link must be an http(s) URL");
        }
        return url;
    }
}
