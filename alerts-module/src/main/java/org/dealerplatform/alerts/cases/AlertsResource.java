package org.dealerplatform.alerts.cases;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.alerts.rules.AlertCondition;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;

/**
 * The alerts of the caller's shops: a shop manager's own shop, a group admin's every shop. Another
 * group's alert, and another shop's for a shop manager, answers 404 like a missing one. The
 * association has no call here (403): alerts are about customers of one shop, and it never sees
 * a phone number. The phone is opened only for one alert at a time, and each opening is recorded
 * in the audit trail ({@link AlertHandling}, shared with the console pages).
 */
@Path("api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(AlertsModule.ID)
@AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
public class AlertsResource {

    private static final String[] STATUSES = Arrays.stream(CaseStatus.values()).map(Enum::name).toArray(String[]::new);
    /** Where a person may move a case: every status but WITHDRAWN, which only the scan sets. */
    private static final String[] TARGETS = Arrays.stream(CaseStatus.values()).filter(s -> s != CaseStatus.WITHDRAWN)
            .map(Enum::name).toArray(String[]::new);
    private static final int OWNER_LENGTH = 100;
    private static final String[] REASONS = Arrays.stream(NotResolvedReason.values()).map(Enum::name)
            .toArray(String[]::new);

    @Inject
    AlertCases cases;

    @Inject
    AlertHandling handling;

    @Inject
    CallerContext caller;

    public record AlertSummary(String id, String shopId, String shopCode, String shopName, String sampleId,
                               String status, String statusLabel, List<String> conditions, List<String> reasons,
                               String raisedAt, String firstContactDue, String closureDue, boolean overdue,
                               String escalatedAt, String owner, boolean hasContact) {
    }

    public record Step(String from, String to, String at, String by, String note, String reason) {
    }

    public record Contact(String phone, String national, String tel) {
    }

    public record AlertDetail(AlertSummary alert, String submittedAt, String firstContactAt, String closedAt,
                              String consentVersion, String consentedAt, String contactErasedAt, List<Step> steps,
                              Contact contact, List<Note> notes) {
    }

    public record Note(String at, String by, String text) {
    }

    /** {@code PUT .../owner}: the user who works the case; the caller's own name takes it. */
    public record OwnerChange(String owner) {
    }

    /** {@code POST .../notes}. */
    public record NewNote(String text) {
    }

    public record AlertList(List<AlertSummary> items, long total) {
    }

    /** {@code reason} only for NOT_RESOLVED. */
    public record Transition(String to, String note, String reason) {
    }

    @GET
    @Transactional
    public AlertList list(@QueryParam("status") String status, @QueryParam("shopId") String shopId,
                          @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String language) {
        String wantedStatus = status == null || status.isBlank() ? null : status;
        Input.check(this).oneOf("status", wantedStatus, STATUSES).orRefuse();
        Locale locale = Languages.choose(lang, language);
        Map<String, ShopProfile> shops = handling.visibleShops();
        List<String> wanted = shopId == null || shopId.isBlank() ? List.copyOf(shops.keySet())
                : shops.containsKey(shopId) ? List.of(shopId) : List.of();
        List<AlertSummary> items = cases.list(caller.requiredTenant(), wanted,
                wantedStatus == null ? null : CaseStatus.valueOf(wantedStatus)).stream()
                .map(a -> summary(a, shops.get(a.shopId()), locale, Instant.now())).toList();
        return new AlertList(items, items.size());
    }

    @GET
    @Path("{id}")
    @Transactional
    public AlertDetail get(@PathParam("id") String id, @QueryParam("lang") String lang,
                           @HeaderParam("Accept-Language") String language) {
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        return detail(alert, shops, Languages.choose(lang, language), handling.openContact(alert)
                .map(phone -> new Contact(phone.normalised(), phone.national(), phone.telUri())).orElse(null));
    }

    @POST
    @Path("{id}/transitions")
    @Transactional
    public AlertDetail move(@PathParam("id") String id, Transition body, @QueryParam("lang") String lang,
                            @HeaderParam("Accept-Language") String language) {
        Input.check(body).required("to", body.to(), 20).oneOf("to", body.to(), TARGETS)
                .oneOf("reason", body.reason(), REASONS).optional("note", body.note(), CaseNote.MAX_LENGTH).orRefuse();
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        handling.move(alert, CaseStatus.valueOf(body.to()), body.note(),
                body.reason() == null ? null : NotResolvedReason.valueOf(body.reason()));
        return detail(handling.visible(id, shops), shops, Languages.choose(lang, language), null);
    }

    /**
     * Gives the case to a user of its shop (a shop manager of that shop) or of the group (a group
     * admin), or to the caller ("take"); anybody else is a field error ({@link AlertHandling#assign}).
     */
    @PUT
    @Path("{id}/owner")
    @Transactional
    public AlertDetail assign(@PathParam("id") String id, OwnerChange body, @QueryParam("lang") String lang,
                              @HeaderParam("Accept-Language") String language) {
        Input.check(body).required("owner", body.owner(), OWNER_LENGTH).orRefuse();
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        try {
            handling.assign(alert, body.owner(), shops);
        } catch (StaffContactsUnavailable e) {
            throw new ApiException(503, "Service Unavailable",
                    "the user directory cannot be reached now; try again shortly, or take the case yourself");
        }
        return detail(handling.visible(id, shops), shops, Languages.choose(lang, language), null);
    }

    /** A note on the case (a call attempt, what the customer said), with its time and author. */
    @POST
    @Path("{id}/notes")
    @Transactional
    public AlertDetail note(@PathParam("id") String id, NewNote body, @QueryParam("lang") String lang,
                            @HeaderParam("Accept-Language") String language) {
        Input.check(body).required("text", body.text(), CaseNote.MAX_LENGTH * 2).orRefuse();
        Map<String, ShopProfile> shops = handling.visibleShops();
        StoredAlert alert = handling.visible(id, shops);
        try {
            handling.addNote(alert, body.text());
        } catch (RuleViolation e) {
            throw ApiException.invalid("text", e.getMessage());
        }
        return detail(handling.visible(id, shops), shops, Languages.choose(lang, language), null);
    }

    private AlertDetail detail(StoredAlert alert, Map<String, ShopProfile> shops, Locale locale, Contact contact) {
        List<Step> steps = cases.steps(alert).stream().map(s -> new Step(s.from().name(), s.to().name(),
                iso(s.at()), s.by(), s.note(), s.reason() == null ? null : s.reason().name())).toList();
        List<Note> notes = cases.notes(alert).stream().map(n -> new Note(iso(n.at()), n.by(), n.text())).toList();
        return new AlertDetail(summary(alert, shops.get(alert.shopId()), locale, Instant.now()),
                iso(alert.submittedAt()), iso(alert.firstContactAt()), iso(alert.closedAt()), alert.consentVersion(),
                iso(alert.consentedAt()), iso(alert.erasedAt()), steps, contact, notes);
    }

    private static AlertSummary summary(StoredAlert a, ShopProfile shop, Locale locale, Instant now) {
        String reasons = "en".equals(locale.getLanguage()) ? a.reasonsEn() : a.reasonsZh();
        boolean overdue = a.overdueAt(now);
        return new AlertSummary(a.id(), a.shopId(), shop == null ? null : shop.code(), shop == null ? null : shop.name(),
                a.sampleId(), a.status().name(), a.status().label(locale),
                a.conditionCodes().stream().map(c -> AlertCondition.valueOf(c).label(locale)).toList(),
                List.of(reasons.split("\n")), iso(a.raisedAt()), iso(a.firstContactDue()), iso(a.closureDue()), overdue,
                iso(a.escalatedAt()), a.owner(), a.hasContact());
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
