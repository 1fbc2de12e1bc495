package org.dealerplatform.core.phone;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dealerplatform.core.phone.PhoneNumberRefused.Reason;

/**
 * A mainland China phone number a shop can call back: a mobile ({@code 1[3-9]} and 9 digits) or a
 * landline with its area code. Kept in one normalised form, {@code +86} and the national
 * significant number ({@code +8613812345678}, {@code +861012345678}), so the same number typed
 * as "138 1234 5678", "+86 138-1234-5678", "0086 13812345678" or with full-width digits from a
 * Chinese keyboard encrypts, fingerprints and dials the same. {@link #toString()} never shows it.
 */
public final class PhoneNumber {

    public enum Kind { MOBILE, LANDLINE }

    /** Generous for any spacing of a real number; bounds the work on the anonymous survey page. */
    static final int MAX_INPUT = 40;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()\\u00a0\\u3000]");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\+?[0-9]+(?:ext|x|#|,|;|转|分机)[0-9]*");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    /** Beijing (10) and the 2x cities have 2-digit area codes and 8-digit numbers; the rest 3 and 7-8. */
    private static final Pattern LANDLINE = Pattern.compile("(?:10|2[0-9])[2-9][0-9]{7}|[3-9][0-9]{2}[2-9][0-9]{6,7}");

    private final String significant;
    private final Kind kind;

    private PhoneNumber(String significant, Kind kind) {
        this.significant = significant;
        this.kind = kind;
    }

    /** Reads what a customer typed; refuses anything the shop could not call, saying why. */
    public static PhoneNumber parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new PhoneNumberRefused(Reason.EMPTY);
        }
        if (typed.length() > MAX_INPUT) {
            throw new PhoneNumberRefused(Reason.TOO_LONG);
        }
        // full-width digits, ＋ and （） from a Chinese input method become their ASCII selves
        String text = SEPARATORS.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
        if (EXTENSION.matcher(text).matches()) {
            throw new PhoneNumberRefused(Reason.EXTENSION);
        }
        if (!text.matches("\\+?[0-9]+")) {
            throw new PhoneNumberRefused(Reason.NOT_DIGITS);
        }
        if (text.startsWith("+86")) {
            return international(text.substring(3));
        }
        if (text.startsWith("0086")) {
            return international(text.substring(4));
        }
        if (text.startsWith("+") || text.startsWith("00")) {
            throw new PhoneNumberRefused(Reason.NOT_MAINLAND);
        }
        if (text.startsWith("86") && MOBILE.matcher(text.substring(2)).matches()) {
            return new PhoneNumber(text.substring(2), Kind.MOBILE); // as the survey form has always taken it
        }
        if (text.startsWith("0")) {
            return landline(text.substring(1));
        }
        if (text.startsWith("1")) {
            return mobile(text);
        }
        throw new PhoneNumberRefused(Reason.NO_AREA_CODE);
    }

    /** After +86: a mobile, or a landline without its trunk 0 (tolerated when written "+86 (0)10 ..."). */
    private static PhoneNumber international(String rest) {
        if (rest.startsWith("1") && !rest.startsWith("10")) {
            return mobile(rest);
        }
        return landline(rest.startsWith("0") ? rest.substring(1) : rest);
    }

    private static PhoneNumber mobile(String digits) {
        if (!MOBILE.matcher(digits).matches()) {
            throw new PhoneNumberRefused(Reason.BAD_MOBILE);
        }
        return new PhoneNumber(digits, Kind.MOBILE);
    }

    private static PhoneNumber landline(String areaAndNumber) {
        if (!LANDLINE.matcher(areaAndNumber).matches()) {
            throw new PhoneNumberRefused(Reason.BAD_LANDLINE);
        }
        return new PhoneNumber(areaAndNumber, Kind.LANDLINE);
    }

    /** Reads back a number this class normalised (after decryption); not for typed input. */
    public static PhoneNumber fromNormalised(String e164) {
        if (e164 == null || !e164.startsWith("+86")) {
            throw new IllegalArgumentException("not a normalised number");
        }
        return parse(e164);
    }

    public Kind kind() {
        return kind;
    }

    /** The one stored and fingerprinted form: {@code +86} and the national significant number. */
    public String normalised() {
        return "+86" + significant;
    }

    public byte[] normalisedBytes() {
        return normalised().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The 11 digits of a mobile as a customer types them ("13812345678"), for the survey page's
     * screening, which has only ever taken mobiles in that form; empty for a landline.
     */
    public Optional<String> mobileDigits() {
        return kind == Kind.MOBILE ? Optional.of(significant) : Optional.empty();
    }

    /** For the one-tap call on the shop manager's phone. */
    public String telUri() {
        return "tel:" + normalised();
    }

    /** As a shop manager reads and dials it: "138 1234 5678", "010-1234 5678", "0755-123 4567". */
    public String national() {
        if (kind == Kind.MOBILE) {
            return significant.substring(0, 3) + " " + significant.substring(3, 7) + " " + significant.substring(7);
        }
        int area = significant.startsWith("1") || significant.startsWith("2") ? 2 : 3;
        String number = significant.substring(area);
        int split = number.length() - 4;
        return "0" + significant.substring(0, area) + "-" + number.substring(0, split) + " " + number.substring(split);
    }

    /** Enough to recognise one's own number, not enough to call it: "138****5678". */
    public String masked() {
        String national = kind == Kind.MOBILE ? significant : "0" + significant;
        return national.substring(0, 3) + "*".repeat(national.length() - 7) + national.substring(national.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && significant.equals(that.significant);
    }

    @Override
    public int hashCode() {
        return significant.hashCode();
    }

    /** Never the number: this ends up in logs and exception messages. */
    @Override
    public String toString() {
        return "PhoneNumber[" + kind.name().toLowerCase(Locale.ROOT) + ", hidden]";
    }
}
