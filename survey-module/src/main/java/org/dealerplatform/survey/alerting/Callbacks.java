package org.dealerplatform.survey.alerting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.alerts.AlertOffers;
import org.dealerplatform.core.alerts.AlertOffers.ContactOffer;
import org.dealerplatform.core.domain.NotFound;

/**
 * The survey pages' side of the call-back: asks the alerts module, when it is installed, through
 * core's {@link AlertOffers}. Without it nothing is offered and a consent answers 404.
 */
@ApplicationScoped
public class Callbacks {

    private static final Logger LOG = Logger.getLogger(Callbacks.class.getName());

    @Inject
    Instance<AlertOffers> offers;

    /**
     * The offer for a sample just stored. A failure here costs the customer the offer, never
     * their answers: the sample is stored already and the 201 (or the thank-you page) must follow.
     */
    public Optional<ContactOffer> offerFor(String token, String sampleId) {
        if (!offers.isResolvable()) {
            return Optional.empty();
        }
        try {
            return offers.get().offerFor(token, sampleId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no call-back offered for sample " + sampleId + ": the alerts module failed", e);
            return Optional.empty();
        }
    }

    /** Keeps the consent; {@link NotFound} when none was offered, a rule violation on a bad phone or version. */
    public void accept(String token, String sampleId, String phone, String consentVersion) {
        if (!offers.isResolvable()) {
            throw new NotFound("response");
        }
        offers.get().acceptCallback(token, sampleId, phone, consentVersion);
    }
}
