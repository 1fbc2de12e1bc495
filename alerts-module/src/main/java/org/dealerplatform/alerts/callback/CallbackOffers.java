package org.dealerplatform.alerts.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.dealerplatform.alerts.contact.CallbackConsent;
import org.dealerplatform.alerts.contact.CallbackContact;
import org.dealerplatform.alerts.contact.ConsentText;
import org.dealerplatform.alerts.contact.ContactSettings;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.alerts.rules.GroupRules;
import org.dealerplatform.core.alerts.AlertOffers;
import org.dealerplatform.core.alerts.AlertSamples;
import org.dealerplatform.core.alerts.AlertSamples.SubmittedSample;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.i18n.Languages;

/** The alerts module's {@link AlertOffers}: the survey pages' one way in. */
@ApplicationScoped
public class CallbackOffers implements AlertOffers {

    @Inject
    Instance<AlertSamples> samples;

    @Inject
    GroupRules rules;

    @Inject
    ContactSettings contactSettings;

    @Inject
    ConsentStore store;

    @Override
    @Transactional
    public Optional<ContactOffer> offerFor(String linkToken, String sampleId) {
        return offered(linkToken, sampleId).map(sample -> offer(CallbackConsent.CURRENT));
    }

    @Override
    @Transactional
    public void acceptCallback(String linkToken, String sampleId, String phone, String consentVersion) {
        SubmittedSample sample = offered(linkToken, sampleId).orElseThrow(() -> new NotFound("response"));
        CallbackConsent.accepted(consentVersion);
        CallbackContact contact = new CallbackContact(PhoneNumber.parse(phone), consentVersion, Instant.now());
        store.keep(sample.tenantId(), sample.sampleId(), contact, contactSettings.secrets());
    }

    private Optional<SubmittedSample> offered(String linkToken, String sampleId) {
        if (!samples.isResolvable() || linkToken == null || sampleId == null || sampleId.length() > 36) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return samples.get().submitted(sampleId)
                .filter(s -> OfferRule.offers(s, linkToken, rules.effectiveIfEnabled(s.tenantId()), now));
    }

    static ContactOffer offer(String version) {
        ConsentText zh = CallbackConsent.text(version, Languages.CHINESE);
        ConsentText en = CallbackConsent.text(version, Languages.ENGLISH);
        return new ContactOffer(version, new ConsentWording(zh.checkbox(), zh.full()),
                new ConsentWording(en.checkbox(), en.full()));
    }
}
