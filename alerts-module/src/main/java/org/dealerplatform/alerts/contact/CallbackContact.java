package org.dealerplatform.alerts.contact;

import java.time.Instant;
import java.util.Objects;
import org.dealerplatform.core.phone.PhoneNumber;

/**
 * A customer's consent to be called back about one visit: their number, the consent version they
 * saw and when they gave it. Lives between the request and the sealing; never printed.
 */
public record CallbackContact(PhoneNumber phone, String consentVersion, Instant consentedAt) {

    public CallbackContact {
        Objects.requireNonNull(phone, "phone");
        consentVersion = CallbackConsent.accepted(consentVersion);
        Objects.requireNonNull(consentedAt, "consentedAt");
    }

    @Override
    public String toString() {
        return "CallbackContact[" + phone + ", " + consentVersion + ", " + consentedAt + "]";
    }
}
