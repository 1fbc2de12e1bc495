package org.dealerplatform.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.modules.LocalizedText;
import org.junit.jupiter.api.Test;

/** The published values guard themselves: a reader never gets a nameless reason or a negative count. */
class FlagReasonTest {

    static final LocalizedText TOO_FAST = new LocalizedText("答题过快", "Answered too fast");

    @Test
    void suspectAndInvalidAddUpToTheSamplesFlagged() {
        assertEquals(7, new FlagReason("TOO_FAST", TOO_FAST, 5, 2).samples());
    }

    @Test
    void theLabelFollowsTheReadersLanguage() {
        FlagReason reason = new FlagReason("TOO_FAST", TOO_FAST, 1, 0);
        assertEquals("Answered too fast", reason.label(Languages.ENGLISH));
        assertEquals("答题过快", reason.label(Languages.CHINESE));
        assertEquals("答题过快", reason.label(Locale.ROOT));
    }

    @Test
    void aReasonNeedsItsCodeAndLabelAndNoNegativeCount() {
        assertThrows(IllegalArgumentException.class, () -> new FlagReason(" ", TOO_FAST, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FlagReason(null, TOO_FAST, 1, 0));
        assertThrows(NullPointerException.class, () -> new FlagReason("TOO_FAST", null, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FlagReason("TOO_FAST", TOO_FAST, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FlagReason("TOO_FAST", TOO_FAST, 0, -1));
    }

    @Test
    void aCommentHasItsTextAndTime() {
        assertThrows(NullPointerException.class, () -> new CustomerComment(null, Instant.EPOCH, 80));
        assertThrows(NullPointerException.class, () -> new CustomerComment("好", null, 80));
    }
}
