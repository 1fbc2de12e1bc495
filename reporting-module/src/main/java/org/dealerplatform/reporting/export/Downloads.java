package org.dealerplatform.reporting.export;

import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download, with a Chinese file name for browsers that take one. */
final class Downloads {

    private Downloads() {
    }

    /**
     * RFC 6266: {@code filename} as the ASCII fallback for old clients, {@code filename*} (RFC 8187)
     * with the UTF-8 name, which every current browser prefers.
     */
    static String attachment(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encode(name);
    }

    /** Percent-encodes everything but RFC 8187's attr-char. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0);
            if (plain) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
