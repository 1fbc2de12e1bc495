package org.dealerplatform.alerts.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dealerplatform.alerts.contact.ContactSettings;
import org.dealerplatform.alerts.contact.ContactUnreadable;
import org.dealerplatform.core.audit.Actor;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * What the API and the console pages both do with the caller's alerts, written once so the two
 * cannot drift apart: find an alert among the caller's shops (another group's or shop's is not
 * found), open its consented phone for one view and record that view in the audit trail, and move
 * its case with the step and any erasure recorded.
 */
@ApplicationScoped
public class AlertHandling {

    private static final Logger LOG = Logger.getLogger(AlertHandling.class.getName());

    @Inject
    AlertCases cases;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    CallerContext caller;

    @Inject
    ContactSettings contactSettings;

    @Inject
    AuditTrail audit;

    /** The caller's shops by id: a shop manager's own, a group admin's every shop. */
    @Transactional
    public Map<String, ShopProfile> visibleShops() {
        if (!catalog.isResolvable()) {
            return Map.of();
        }
        return catalog.get().visibleShops().stream().collect(Collectors.toMap(ShopProfile::id, Function.identity()));
    }

    /** The alert if it belongs to one of {@code shops} of the caller's group; otherwise 404. */
    public StoredAlert visible(String id, Map<String, ShopProfile> shops) {
        return cases.find(caller.requiredTenant(), shops.keySet(), id).orElseThrow(() -> new NotFound("alert"));
    }

    /** The consented phone, opened for this one view and recorded; empty when there is none or it cannot be opened. */
    @Transactional
    public Optional<PhoneNumber> openContact(StoredAlert alert) {
        if (!alert.hasContact()) {
            return Optional.empty();
        }
        try {
            PhoneNumber phone = contactSettings.secrets().cipher().open(alert.contact(), alert.tenantId(), alert.id());
            audit.record("alert.contact.viewed", "alert", alert.id(), "call-back contact shown", null);
            return Optional.of(phone);
        } catch (ContactUnreadable e) {
            LOG.warning("the contact of alert " + alert.id() + " cannot be opened: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** One workflow step by the caller, recorded with any erasure of the contact it caused. */
    @Transactional
    public void move(StoredAlert alert, CaseStatus to, String note, NotResolvedReason reason) {
        boolean erased = cases.move(alert, to, Actor.of(caller.required()).username(), Instant.now(), note, reason);
        audit.record("alert.moved", "alert", alert.id(), alert.status() + " -> " + to,
                reason == null ? null : reason.name());
        if (erased) {
            audit.record("alert.contact.erased", "alert", alert.id(), "call-back contact erased at closure", null);
        }
    }
}
