package org.dealerplatform.alerts.console;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.alerts.cases.AlertCases;
import org.dealerplatform.alerts.cases.AlertHandling;
import org.dealerplatform.alerts.cases.CaseNote;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.alerts.cases.NotResolvedReason;
import org.dealerplatform.alerts.cases.StoredAlert;
import org.dealerplatform.alerts.cases.TransitionRefused;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * The alert inbox and one alert's page. The inbox lists the caller's alerts newest first (a status
 * and, for a group admin, a shop to filter by). The alert page opens the consented number for this
 * one view ({@link AlertHandling#openContact}, audited like the API) and offers the steps the case
 * can take from where it stands, each a plain form with the session's CSRF token; a refused step
 * comes back on the same page with the workflow's reason in the reader's language and what was
 * typed kept. The owner form ("take this case", or a group admin's choice) and the note form go
 * through the same {@link AlertHandling} as the API, audited alike. Another group's alert, or
 * another shop's for a shop manager, is the 404 page.
 */
@Path("console/alerts")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(AlertsModule.ID)
@AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
public class AlertPages {

    static final String INBOX = "templates/alerts/inbox.vm";
    static final String ALERT = AlertView.TEMPLATE;
    /** The forms' {@code to}: the case's statuses, and a reopen that lands where the case's history says. */
    static final String REOPEN = "REOPEN";
    /** The {@code to} of a refusal from the owner form and from the note form, which are not steps. */
    static final String OWNER = "OWNER";
    static final String NOTE = "NOTE";

    @Inject
    AlertCases cases;

    @Inject
    AlertHandling handling;

    @Inject
    CallerContext caller;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @Inject
    AlertView alertView;

    /** A refused form: which form ({@code to}), the message key, and what was typed. */
    public record Refusal(String to, String field, String messageKey, String note, String reason) {
    }

    public record Step(String at, String fromLabel, String toLabel, String by, String note, String reasonLabel) {
    }

    public record Option(String value, String label) {
    }

    @GET
    @Transactional
    public Response inbox(@QueryParam("status") String status, @QueryParam("shop") String shop) {
        Locale locale = view.locale();
        CaseStatus wanted = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        Map<String, ShopProfile> shops = handling.visibleShops();
        List<String> listed = shop != null && shops.containsKey(shop) ? List.of(shop) : List.copyOf(shops.keySet());
        Instant now = Instant.now();
        List<AlertCard> cards = cases.list(caller.requiredTenant(), listed, wanted).stream()
                .map(a -> AlertCard.of(a, shops.get(a.shopId()), locale, now)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("cards", cards);
        model.put("status", wanted == null ? "" : wanted.name());
        model.put("shop", shops.containsKey(shop) ? shop : "");
        model.put("statuses", Arrays.stream(CaseStatus.values()).map(s -> new Option(s.name(), s.label(locale)))
                .toList());
        model.put("shops", shops.size() > 1 ? shops.values().stream().sorted(Comparator.comparing(ShopProfile::code))
                .map(s -> new Option(s.id(), s.code() + " " + s.name())).toList() : List.of());
        model.put("most", AlertCases.MOST_LISTED);
        return pages.page(INBOX, "alerts.inbox.title", model);
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response alert(@PathParam("id") String id, @QueryParam("moved") String moved,
                          @QueryParam("noted") String noted, @QueryParam("assigned") String assigned) {
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        String done = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(moved)).findFirst()
                .map(s -> s.label(view.locale())).orElse(null);
        return alertView.page(200, alert, shops, new AlertView.Flash(done, "1".equals(noted), "1".equals(assigned)),
                null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // no transaction around it: a refused step rolls back its own, and the page then shown opens
    // the number (and records that view) in a new one
    public Response move(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("to") String to,
                         @FormParam("note") String note, @FormParam("reason") String reason) {
        view.checkCsrf(csrf);
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        String form = to == null ? "" : to;
        CaseStatus target = REOPEN.equals(form) ? (alert.firstContactAt() != null ? CaseStatus.CONTACTED : CaseStatus.OPEN)
                : Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(form)).findFirst().orElse(null);
        if (target == null) {
            return refused(400, alert, shops, new Refusal(form, "to", "alerts.error.to", note, reason));
        }
        NotResolvedReason why = Arrays.stream(NotResolvedReason.values()).filter(r -> r.name().equals(reason))
                .findFirst().orElse(null);
        if (target == CaseStatus.NOT_RESOLVED && why == null) {
            return refused(400, alert, shops, new Refusal(form, "reason", "alerts.error.reason", note, reason));
        }
        if (note != null && note.codePointCount(0, note.length()) > CaseNote.MAX_LENGTH) {
            return refused(400, alert, shops, new Refusal(form, "note", "alerts.error.noteLong", note, reason));
        }
        try {
            handling.move(alert, target, note, target == CaseStatus.NOT_RESOLVED ? why : null);
        } catch (TransitionRefused e) {
            return refused(409, alert, shops, new Refusal(form, "to", e.messageKey(), note, reason));
        } catch (RuleViolation e) {
            String field = "reason".equals(e.field()) ? "reason" : "note";
            return refused(400, alert, shops, new Refusal(form, field, "alerts.error." + field, note, reason));
        } catch (Conflict e) {
            // somebody else moved the case meanwhile: show it as it is now
            return refused(409, handling.visible(id, shops), shops,
                    new Refusal(form, "to", "alerts.error.changed", note, reason));
        }
        return Response.seeOther(alertUri(id, "moved=" + target.name())).build();
    }

    /** Gives the case to the caller ("take") or, from a group admin's list, to somebody who may own it. */
    @POST
    @Path("{id}/owner")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // no transaction around it, like a step: a refused change rolls back its own
    public Response assign(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                           @FormParam("owner") String owner) {
        view.checkCsrf(csrf);
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        if (owner == null || owner.isBlank()) {
            return refused(400, alert, shops, new Refusal(OWNER, "owner", "alerts.error.owner", null, null));
        }
        try {
            handling.assign(alert, owner, shops);
        } catch (RuleViolation e) {
            return refused(400, alert, shops, new Refusal(OWNER, "owner", "alerts.error.owner", null, null));
        } catch (StaffContactsUnavailable e) {
            return refused(503, alert, shops, new Refusal(OWNER, "owner", "alerts.error.directory", null, null));
        } catch (Conflict e) {
            // closed, withdrawn or moved by somebody else meanwhile: show it as it is now
            return refused(409, handling.visible(id, shops), shops,
                    new Refusal(OWNER, "owner", "alerts.error.changed", null, null));
        }
        return Response.seeOther(alertUri(id, "assigned=1#owner")).build();
    }

    /** A note on the case; a blank or too long one comes back with the text kept as typed. */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // no transaction around it, like a step: a refused note rolls back its own
    public Response note(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("text") String text) {
        view.checkCsrf(csrf);
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        if (text == null || text.isBlank()) {
            return refused(400, alert, shops, new Refusal(NOTE, "text", "alerts.error.noteText", text, null));
        }
        if (text.codePointCount(0, text.length()) > CaseNote.MAX_LENGTH) {
            return refused(400, alert, shops, new Refusal(NOTE, "text", "alerts.error.noteLong", text, null));
        }
        try {
            handling.addNote(alert, text);
        } catch (RuleViolation e) {
            return refused(400, alert, shops, new Refusal(NOTE, "text", "alerts.error.noteText", text, null));
        }
        return Response.seeOther(alertUri(id, "noted=1#notes")).build();
    }

    private Response refused(int status, StoredAlert alert, Map<String, ShopProfile> shops, Refusal refusal) {
        return alertView.page(status, alert, shops, AlertView.Flash.NONE, refusal);
    }

    private static URI alertUri(String id, String query) {
        return URI.create("/console/alerts/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?" + query);
    }
}
