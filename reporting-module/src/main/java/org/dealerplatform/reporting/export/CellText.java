package org.dealerplatform.reporting.export;

/**
 * Guards spreadsheet users against CSV/formula injection (OWASP): a comment or a shop name typed
 * as {@code =HYPERLINK("http://evil","click")} must show as text, not run. Applied to every text
 * cell in both formats, so a CSV and an XLSX of the same data read the same.
 */
public final class CellText {

    private CellText() {
    }

    /** The text with a leading single quote when it starts with {@code = + - @}, tab or carriage return. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
        return formulaLike ? "'" + text : text;
    }
}
