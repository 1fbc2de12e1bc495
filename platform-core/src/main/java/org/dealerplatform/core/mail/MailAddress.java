package org.dealerplatform.core.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plain email address ({@code local@domain}), checked where it enters the platform so that a
 * recipient list can never smuggle a header, a second address or a display name into a message.
 *
 * <p>Rules: at most 254 characters (RFC 5321 path limit), local part 1..64 characters of the
 * unquoted dot-atom set (quoted local parts are refused: no relay we need requires them, and they
 * are how spaces and angle brackets get in), exactly one {@code @}, a domain of at least two
 * dot-separated labels. Control characters, whitespace, {@code <>}, quotes, commas and the like
 * are refused anywhere.
 *
 * <p>Internationalised domains: a Unicode domain (例如 {@code 例子.中国}) is accepted and stored in
 * its ASCII (punycode) form, so every address the platform keeps is ASCII and any relay can carry
 * it. A non-ASCII local part is refused, because that needs SMTPUTF8 end to end, which we cannot
 * promise. The domain is lower-cased; the local part keeps its case (RFC 5321 leaves it to the
 * receiving host).
 */
public final class MailAddress {

    private static final Pattern LOCAL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private final String value;

    private MailAddress(String value) {
        this.value = value;
    }

    /**
     * The address, or {@link InvalidMailAddress} saying why not. Only surrounding spaces are
     * forgiven (pasted lists); a tab, CR or LF anywhere is refused, never stripped.
     */
    public static MailAddress of(String raw) {
        if (raw == null) {
            throw new InvalidMailAddress("missing");
        }
        String text = raw.strip();
        if (text.length() > 254 || text.length() < 3) {
            throw new InvalidMailAddress("length");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                throw new InvalidMailAddress("control character");
            }
        }
        int at = text.indexOf('@');
        if (at < 0 || at != text.lastIndexOf('@')) {
            throw new InvalidMailAddress("needs exactly one @");
        }
        String local = text.substring(0, at);
        if (local.isEmpty() || local.length() > 64 || !LOCAL.matcher(local).matches()) {
            throw new InvalidMailAddress("local part");
        }
        String address = local + "@" + asciiDomain(text.substring(at + 1));
        if (address.length() > 254) {
            throw new InvalidMailAddress("length");
        }
        return new MailAddress(address);
    }

    /** True when {@link #of} would accept the text; for validating lists with field errors. */
    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (InvalidMailAddress e) {
            return false;
        }
    }

    private static String asciiDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidMailAddress("domain");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw new InvalidMailAddress("domain needs a dot");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidMailAddress("domain");
            }
        }
        if (!TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
            throw new InvalidMailAddress("domain");
        }
        return ascii;
    }

    public String value() {
        return value;
    }

    /** The domain part, ASCII. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /**
     * For a header; the display name is reduced to one line of printable text and encoded
     * (RFC 2047) by Jakarta Mail, so it cannot carry a header of its own.
     */
    public InternetAddress toInternetAddress(String displayName) {
        try {
            String name = HeaderText.oneLine(displayName);
            InternetAddress address = name.isEmpty()
                    ? new InternetAddress(value, true)
                    : new InternetAddress(value, name, "UTF-8");
            address.validate();
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new InvalidMailAddress("not acceptable to Jakarta Mail");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
