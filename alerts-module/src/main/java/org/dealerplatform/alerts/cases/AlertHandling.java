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
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * What the API and the console pages both do with the caller's alerts, written once so the two
 * cannot drift apart: find an alert among the caller's shops (another group's or shop's is not
 * found), open its consented phone for one view and record that view in the audit trail, move its
 * case with the step and any erasure recorded, give it an owner and add notes, each audited alike
 * whichever door the caller came through.
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

    @Inject
    CaseOwners owners;

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
        boolean erased = cases.move(alert, to, callerName(), Instant.now(), note, reason);
        audit.record("alert.moved", "alert", alert.id(), alert.status() + " -> " + to,
                reason == null ? null : reason.name());
        if (erased) {
            audit.record("alert.contact.erased", "alert", alert.id(), "call-back contact erased at closure", null);
        }
    }

    /**
     * Gives the case to {@code owner}: the caller ("take"), or a shop manager of the alert's shop
     * or a group admin of its group; anybody else is a {@link RuleViolation} on {@code owner}.
     * Only the audit says who gave it to whom: the case keeps its current owner, not a history.
     *
     * @throws org.dealerplatform.core.directory.StaffContactsUnavailable when somebody else is
     *         named and the user directory cannot be asked now
     */
    @Transactional
    public void assign(StoredAlert alert, String owner, Map<String, ShopProfile> shops) {
        String wanted = owner.strip();
        if (!wanted.equals(callerName()) && !owners.mayOwn(wanted, alert.tenantId(), shops.get(alert.shopId()))) {
            throw new RuleViolation("owner", "is not a shop manager of this shop nor a group admin of this group");
        }
        cases.assign(alert, wanted, Instant.now());
        audit.record("alert.owner.assigned", "alert", alert.id(), "owner " + wanted, null);
    }

    /** A note by the caller; the text is checked by {@link CaseNote} ({@link RuleViolation} on {@code note}). */
    @Transactional
    public CaseNote addNote(StoredAlert alert, String text) {
        CaseNote note = cases.addNote(alert, callerName(), Instant.now(), text);
        // the text is about a customer: the audit says that a note was added, not what it says
        audit.record("alert.note.added", "alert", alert.id(), "note added", null);
        return note;
    }

    /** The name a step, a note or an owner records for the caller. */
    public String callerName() {
        return Actor.of(caller.required()).username();
    }
}
