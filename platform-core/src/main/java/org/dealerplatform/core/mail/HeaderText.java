package org.dealerplatform.core.mail;

/**
 * Free text that goes into a header (subject, display names, file names). Such text comes from
 * people (shop names, advisor names), so rather than refusing a whole report over a stray line
 * break, every control and line-separator character becomes one space: it stays readable and can
 * never start a new header line. Jakarta Mail then RFC 2047-encodes non-ASCII text.
 */
final class HeaderText {

    private HeaderText() {
    }

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaking = Character.isISOControl(c) || Character.isWhitespace(c)
                    || c == '\u2028' || c == '\u2029' || c == '\u00a0';
            if (breaking) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
