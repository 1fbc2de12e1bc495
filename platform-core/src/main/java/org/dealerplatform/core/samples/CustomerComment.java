package org.dealerplatform.core.samples;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's free-text comment as written (escaping is the renderer's job), when the sample was
 * sent, and the sample's overall score (0-100).
 */
public record CustomerComment(String text, Instant submittedAt, double overall) {

    public CustomerComment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
