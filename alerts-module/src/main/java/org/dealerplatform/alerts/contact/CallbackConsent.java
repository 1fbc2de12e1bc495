package org.dealerplatform.alerts.contact;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dealerplatform.alerts.module.AlertTexts;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * The versioned consent to a call-back. The alert stores the version the customer saw, so the
 * text of a published version never changes: a new wording is a new version, added here and to
 * both bundles ({@code consent.<version>.*}), the old one kept for the alerts that refer to it.
 */
public final class CallbackConsent {

    /** Offered on the survey page now. */
    public static final String CURRENT = "callback-v1";
    /** Every version an alert may refer to, oldest first. */
    public static final List<String> PUBLISHED = List.of(CURRENT);

    private CallbackConsent() {
    }

    /** The version a customer's consent names, refused unless it was published. */
    public static String accepted(String version) {
        if (version == null || !PUBLISHED.contains(version)) {
            throw new RuleViolation("consentVersion", "is not a published consent version");
        }
        return version;
    }

    public static ConsentText text(String version, Locale locale) {
        String v = accepted(version);
        ResourceBundle bundle = AlertTexts.bundle(locale);
        return new ConsentText(v, bundle.getString("consent." + v + ".checkbox"),
                bundle.getString("consent." + v + ".purpose"), bundle.getString("consent." + v + ".whoSees"),
                bundle.getString("consent." + v + ".retention"));
    }
}
