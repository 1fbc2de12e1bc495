package org.dealerplatform.reporting.export;

/** Scores as a reader compares them: two decimals, and no figure at all rather than NaN. */
final class Figures {

    private Figures() {
    }

    static Double rounded(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }
}
