package org.dealerplatform.alerts.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.alerts.cases.AlertCases;
import org.dealerplatform.alerts.cases.AlertHandling;
import org.dealerplatform.alerts.cases.CaseNote;
import org.dealerplatform.alerts.cases.CaseOwners;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.alerts.cases.NotResolvedReason;
import org.dealerplatform.alerts.cases.StoredAlert;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * One alert's page as every form of it shows it again: the case, the number opened for this view
 * (audited), its owner with "take this case" (and for a group admin the people it can be given
 * to), the next steps, the notes with a form for another, and the history. A refused form comes
 * back here with its {@link AlertPages.Refusal}; a withdrawn alert says why and offers no step.
 */
@ApplicationScoped
public class AlertView {

    static final String TEMPLATE = "templates/alerts/alert.vm";

    @Inject
    AlertCases cases;

    @Inject
    AlertHandling handling;

    @Inject
    CaseOwners owners;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    /** What the last form did, shown once after its redirect: a step's new status, a note, a new owner. */
    public record Flash(String moved, boolean noted, boolean assigned) {

        static final Flash NONE = new Flash(null, false, false);
    }

    public record Note(String at, String by, String text) {
    }

    Response page(int status, StoredAlert alert, Map<String, ShopProfile> shops, Flash flash,
                  AlertPages.Refusal refusal) {
        Locale locale = view.locale();
        Map<String, Object> model = new HashMap<>();
        model.put("card", AlertCard.of(alert, shops.get(alert.shopId()), locale, Instant.now()));
        PhoneNumber phone = handling.openContact(alert).orElse(null);
        model.put("phone", phone);
        model.put("consentedAt", AlertCard.time(alert.consentedAt()));
        model.put("consentVersion", alert.consentVersion());
        model.put("erasedAt", AlertCard.time(alert.erasedAt()));
        model.put("submittedAt", AlertCard.time(alert.submittedAt()));
        model.put("steps", cases.steps(alert).stream().map(s -> new AlertPages.Step(AlertCard.time(s.at()),
                s.from().label(locale), s.to().label(locale), s.by(), s.note(),
                s.reason() == null ? null : s.reason().label(locale))).toList());
        model.put("notes", cases.notes(alert).stream().map(n -> new Note(AlertCard.time(n.at()), n.by(), n.text()))
                .toList());
        model.put("reasons", Arrays.stream(NotResolvedReason.values())
                .map(r -> new AlertPages.Option(r.name(), r.label(locale))).toList());
        model.put("reopensTo", (alert.firstContactAt() != null ? CaseStatus.CONTACTED : CaseStatus.OPEN).label(locale));
        model.put("done", flash.moved());
        model.put("noted", flash.noted());
        model.put("assigned", flash.assigned());
        model.put("refusal", refusal);
        model.put("noteMax", CaseNote.MAX_LENGTH);
        putOwner(model, alert, shops.get(alert.shopId()));
        return pages.page(status, TEMPLATE, "alerts.alert.title", model);
    }

    /**
     * The owner and who may take the case over. Only an open case takes an owner; the list to
     * choose from is a group admin's (a shop manager takes the case or leaves it), and a directory
     * that cannot be asked now leaves "take" working and says so instead of failing the page.
     */
    private void putOwner(Map<String, Object> model, StoredAlert alert, ShopProfile shop) {
        String me = handling.callerName();
        boolean open = !alert.status().closed();
        model.put("owner", alert.owner());
        model.put("me", me);
        model.put("mayTake", open && !me.equals(alert.owner()));
        List<CaseOwners.Candidate> choices = List.of();
        boolean directoryDown = false;
        if (open && view.caller().map(c -> c.hasRole(Roles.GROUP_ADMIN)).orElse(false)) {
            try {
                choices = owners.of(alert.tenantId(), shop);
            } catch (StaffContactsUnavailable e) {
                directoryDown = true;
            }
        }
        model.put("ownerChoices", choices);
        model.put("directoryDown", directoryDown);
    }
}
