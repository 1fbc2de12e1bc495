package org.dealerplatform.core.samples;

import java.util.Locale;
import java.util.Objects;
import org.dealerplatform.core.modules.LocalizedText;

/**
 * One screening reason and how many of a shop's month's samples it flagged: still {@code suspect}
 * (waiting for review) or {@code invalid} (objectively, or rejected in review). The code is the
 * owning module's (for filters and links); the label says it to a reader, so a report can print
 * "flagged and why" without knowing the owner's reasons.
 */
public record FlagReason(String code, LocalizedText label, long suspect, long invalid) {

    public FlagReason {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a reason needs its code");
        }
        Objects.requireNonNull(label, "label");
        if (suspect < 0 || invalid < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** Suspect and invalid together: the samples this reason flagged. */
    public long samples() {
        return suspect + invalid;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }
}
