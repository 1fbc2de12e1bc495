package org.dealerplatform.survey.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts are markup we build by hand: every label must come out escaped. */
class ChartsTest {

    @Test
    void labelsAreEscaped() {
        String svg = Charts.bars("<b>", List.of("<script>alert(1)</script>"), List.of(50.0))
                + Charts.radar("t", List.of("a&b", "c", "d", "e", "f"), List.of(new Charts.Series("\"x\"",
                Arrays.asList(1.0, 2.0, null, 4.0, 5.0))))
                + Charts.trend("t", List.of("2026-01", "2026-02"), List.of(new Charts.Series("<i>", Arrays.asList(70.0, null))));
        assertFalse(svg.contains("<script>"));
        assertFalse(svg.contains("<i>"));
        assertTrue(svg.contains("&lt;script&gt;alert"));
        assertTrue(svg.contains("a&amp;b"));
        assertTrue(svg.contains("&quot;x&quot;"));
    }
}
