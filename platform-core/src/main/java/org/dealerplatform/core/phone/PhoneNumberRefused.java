package org.dealerplatform.core.phone;

import org.dealerplatform.core.domain.RuleViolation;

/**
 * A phone number the platform cannot call back, with the reason; a {@link RuleViolation} on the
 * field {@code phone} (400). The message never repeats what was typed.
 */
public class PhoneNumberRefused extends RuleViolation {

    /** Why, with the English field error and the key of the survey page's text. */
    public enum Reason {
        EMPTY("is required"),
        TOO_LONG("is too long for a phone number"),
        NOT_DIGITS("may hold only digits, spaces, '-', brackets and a leading +"),
        EXTENSION("cannot have an extension: give a direct line or a mobile number"),
        NOT_MAINLAND("must be a mainland China number (+86)"),
        BAD_MOBILE("must be an 11-digit mainland mobile number starting 13 to 19"),
        NO_AREA_CODE("needs its area code, e.g. 010-62345678"),
        BAD_LANDLINE("must be an area code and a 7- or 8-digit number, e.g. 010-62345678");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String messageKey() {
            return "phone.refused." + name();
        }
    }

    private final Reason reason;

    public PhoneNumberRefused(Reason reason) {
        super("phone", reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
