package org.dealerplatform.survey.collection;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.security.IdentitySettings;
import org.dealerplatform.core.security.PublicAccess;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.survey.questionnaire.Item;
import org.dealerplatform.survey.questionnaire.Questionnaire;

/**
 * The survey page customers reach from the QR code. Plain HTML forms that work without
 * JavaScript and in in-app browsers (WeChat); a small script only adds keeping answers on the
 * phone and retrying when the network or the server fails. Post/redirect/get to the thank-you
 * page, so a reload never sends twice (and the form's idempotency key would catch it anyway).
 * <p>
 * A post must come from the platform's own page ({@link FormOrigins}): a foreign one gets a
 * friendly 403 page that keeps the answers and can send them from here. Over the per-address
 * ceiling the answers come back in a page that sends them again after {@code Retry-After}.
 */
@Path("s")
@PublicAccess
public class SurveyPageResource {

    private static final Logger LOG = Logger.getLogger(SurveyPageResource.class.getName());
    private static final int DEVICE_COOKIE_SECONDS = 400 * 24 * 3600;

    @Inject
    SurveyForms forms;

    @Inject
    Submissions submissions;

    @Inject
    Visitors visitors;

    @Inject
    Pages pages;

    @Inject
    StartTickets tickets;

    @Inject
    IdentitySettings identity;

    @Inject
    org.dealerplatform.survey.alerting.Callbacks callbacks;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("token") String token, @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        SurveyForms.Form form;
        try {
            form = forms.open(token);
        } catch (NotFound e) {
            return closed(404, locale, "survey.closed.unknown");
        }
        if (!form.open()) {
            return closed(410, locale, "survey.closed.revoked");
        }
        Map<String, String> values = new HashMap<>();
        if (form.link().advisorId() != null) {
            values.put("advisorId", form.link().advisorId());
        }
        return surveyPage(200, form, locale, values, List.of());
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @SurveyBody
    public Response submit(@PathParam("token") String token, @QueryParam("lang") String lang,
                           MultivaluedMap<String, String> posted) {
        Locale locale = locale(lang);
        Map<String, String> values = new HashMap<>();
        posted.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        DeviceMarker device = visitors.device(request);
        boolean formToken = device.signed() && tickets.formTokenMatches(values.get("ticket"), values.get("view"), device.id());
        FormOrigins.Decision from = FormOrigins.check(request.getHeader("Origin"), request.getHeader("Referer"),
                ownOrigins(), formToken);
        if (!from.accepted()) {
            return refused(token, locale, values, device);
        }
        Map<String, String> answers = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("q_")) {
                answers.put(k.substring(2), v);
            }
        });
        SurveyInput input = new SurveyInput(answers, values.get("recommend"), values.get("visitType"),
                values.get("advisorId"), values.get("repairOrderNo"), values.get("comment"), values.get("phone"),
                values.get("ticket"), values.get("questionnaireVersion"), values.get("complaint"));
        try {
            Outcome outcome = submissions.submit(token, input, visitors.of(request, values.get("submission")));
            // answers that call for a call-back: the thank-you page offers it for this response
            String offered = callbacks.offerFor(token, outcome.id()).isPresent() ? "?r=" + outcome.id() : "";
            Response.ResponseBuilder thanks = Response.seeOther(URI.create("/s/" + token + "/thanks" + offered
                    + (offered.isEmpty() ? langQuery(locale) : langQuery(locale).replace('?', '&'))));
            if (!device.signed()) {
                thanks.cookie(deviceCookie(visitors.newDeviceId())); // a forged marker is replaced
            }
            return thanks.build();
        } catch (NotFound e) {
            return closed(404, locale, "survey.closed.unknown");
        } catch (CeilingReached e) {
            // nothing stored; the page sends the same fields (same idempotency key) once the minute is over
            return retryPage(429, token, locale, values, "survey.ceiling.body", e.retryAfterSeconds());
        } catch (ApiException e) {
            SurveyForms.Form form = forms.open(token);
            List<FieldError> errors = e.errors().isEmpty() ? List.of(new FieldError("form", e.getMessage())) : e.errors();
            return surveyPage(400, form, locale, values, errors);
        } catch (RuntimeException e) {
            // nothing here may need the database: the answers go back to the customer in a page
            // that can send them again unchanged (same idempotency key, so they count once)
            LOG.log(Level.WARNING, "survey submission failed; the answers were returned for a retry", e);
            return retryPage(503, token, locale, values, "survey.retry.body", 10);
        }
    }

    /** The answers, kept in a page that sends them again after {@code retryAfter} seconds (the script) or on a tap. */
    private Response retryPage(int status, String token, Locale locale, Map<String, String> values, String messageKey,
                               int retryAfter) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("langQuery", langQuery(locale));
        model.put("fields", new java.util.TreeMap<>(values));
        model.put("messageKey", messageKey);
        model.put("retryAfter", String.valueOf(retryAfter));
        return html(status, pages.standalone("templates/surveys/retry.vm", locale, model))
                .header("Retry-After", String.valueOf(retryAfter)).build();
    }

    /**
     * A post that did not come from the survey page: nothing is stored. A real customer whose
     * browser said nothing about where the post came from can send the same answers from this
     * page (same idempotency key and ticket), which now carries a form token for this browser.
     */
    private Response refused(String token, Locale locale, Map<String, String> values, DeviceMarker device) {
        String deviceId = device.signed() ? device.id() : visitors.newDeviceId();
        Map<String, String> fields = new java.util.TreeMap<>(values);
        String ticket = values.get("ticket");
        if (StartTickets.viewOf(ticket).isEmpty()) {
            ticket = tickets.issue(token);
            fields.put("ticket", ticket);
        }
        fields.put("view", tickets.formToken(StartTickets.viewOf(ticket).orElseThrow(), deviceId));
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("langQuery", langQuery(locale));
        model.put("fields", fields);
        Response.ResponseBuilder page = html(403, pages.standalone("templates/surveys/refused.vm", locale, model));
        if (!device.signed()) {
            page.cookie(deviceCookie(deviceId));
        }
        return page.build();
    }

    /** The platform's own origins: {@code PUBLIC_BASE_URL}'s (when set) and the one this request came in on. */
    private List<String> ownOrigins() {
        String host = request.getHeader("Host");
        String own = request.getScheme() + "://" + (host == null || host.isBlank()
                ? request.getServerName() + ":" + request.getServerPort() : host.strip());
        List<String> origins = new ArrayList<>();
        origins.add(own);
        try {
            origins.add(identity.publicBaseUrl(URI.create(own)));
        } catch (IllegalArgumentException e) {
            // a Host header that is no authority: only PUBLIC_BASE_URL could match, and it is not set
        }
        return origins;
    }

    /**
     * Thanks, and when the answers of response {@code r} call for one (the server decides, the
     * alerts module's rule), the optional consent to a call-back: unticked, a plain form post.
     * {@code kept} says the consent was kept.
     */
    @GET
    @Path("{token}/thanks")
    @Produces(MediaType.TEXT_HTML)
    public Response thanks(@PathParam("token") String token, @QueryParam("lang") String lang,
                           @QueryParam("r") String response, @QueryParam("kept") String kept) {
        return thanksPage(200, token, locale(lang), response, "1".equals(kept), Map.of(), null);
    }

    /**
     * The consent posted from the thank-you page, with the survey form's rule on where a post may
     * come from (a form token bound to this browser and response stands in for a missing Origin).
     * Unticked with no number: nothing is kept. Kept: post/redirect/get to the thanks.
     */
    @POST
    @Path("{token}/thanks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @SurveyBody
    public Response consent(@PathParam("token") String token, @QueryParam("lang") String lang,
                            MultivaluedMap<String, String> posted) {
        Locale locale = locale(lang);
        Map<String, String> values = new HashMap<>();
        posted.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        String response = values.get("r");
        DeviceMarker device = visitors.device(request);
        boolean formToken = device.signed() && response != null
                && callbackFormToken(response, device.id()).equals(values.get("view"));
        if (!FormOrigins.check(request.getHeader("Origin"), request.getHeader("Referer"), ownOrigins(), formToken)
                .accepted()) {
            return thanksPage(403, token, locale, response, false, values, "origin");
        }
        boolean ticked = "yes".equals(values.get("consent"));
        String phone = values.getOrDefault("phone", "");
        if (!ticked) {
            return phone.isBlank() ? Response.seeOther(URI.create("/s/" + token + "/thanks" + langQuery(locale))).build()
                    : thanksPage(400, token, locale, response, false, values, "consent");
        }
        try {
            callbacks.accept(token, response, phone, values.get("consentVersion"));
        } catch (NotFound e) {
            return Response.seeOther(URI.create("/s/" + token + "/thanks" + langQuery(locale))).build();
        } catch (org.dealerplatform.core.domain.RuleViolation e) {
            // a stale page's consent version is as good as none: the customer reads the current text again
            return thanksPage(400, token, locale, response, false, values,
                    "phone".equals(e.field()) ? "phone" : "consent");
        }
        return Response.seeOther(URI.create("/s/" + token + "/thanks?kept=1" + langQuery(locale).replace('?', '&')))
                .build();
    }

    private Response thanksPage(int status, String token, Locale locale, String response, boolean kept,
                                Map<String, String> values, String callbackError) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token); // the page's script forgets the answers kept for a retry
        model.put("langQuery", langQuery(locale));
        model.put("callbackKept", kept);
        model.put("values", values);
        model.put("callbackError", "");
        if (!kept && response != null) {
            callbacks.offerFor(token, response).ifPresent(offer -> {
                DeviceMarker device = visitors.device(request);
                model.put("offer", offer);
                model.put("wording", offer.in(locale));
                model.put("response", response);
                if (device.signed()) {
                    model.put("view", callbackFormToken(response, device.id()));
                }
            });
        }
        if (callbackError != null && model.containsKey("offer")) {
            model.put("callbackError", callbackError);
        }
        return html(status, pages.standalone("templates/surveys/thanks.vm", locale, model)).build();
    }

    /** Proves the post comes from the thank-you page this browser was shown for this response. */
    private String callbackFormToken(String response, String deviceId) {
        return tickets.formToken("callback-" + response, deviceId);
    }

    @GET
    @Path("assets/{file: survey\\.(css|js)}")
    public Response asset(@PathParam("file") String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("assets/survey/" + file)) {
            if (in == null) {
                throw ApiException.notFound("asset");
            }
            String type = file.endsWith(".css") ? "text/css; charset=UTF-8" : "text/javascript; charset=UTF-8";
            return Response.ok(in.readAllBytes(), type).header("Cache-Control", "public, max-age=3600")
                    .header("X-Content-Type-Options", "nosniff").build();
        }
    }

    private Response surveyPage(int status, SurveyForms.Form form, Locale locale, Map<String, String> values,
                                List<FieldError> errors) {
        Questionnaire q = form.questionnaire();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Item item : q.itemsOf(d)) {
                items.add(Map.of("code", item.code(), "text", item.text(locale), "required", item.required()));
            }
            sections.add(Map.of("label", d.label(locale), "items", items));
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.forEach(e -> fieldErrors.putIfAbsent(e.field().replace("answers.", "q_"), e.message()));
        Map<String, Object> model = new HashMap<>();
        model.put("token", form.link().token());
        model.put("shop", form.shop());
        model.put("brand", form.shop().brandName(locale));
        model.put("advisors", form.advisors());
        model.put("sections", sections);
        model.put("recommendText", q.recommend(locale));
        model.put("version", String.valueOf(q.version()));
        // the page view's ticket and form token (a posted ticket is kept: the timing started then)
        DeviceMarker device = visitors.device(request);
        String deviceId = device.signed() ? device.id() : visitors.newDeviceId();
        String ticket = StartTickets.viewOf(values.get("ticket")).isPresent() ? values.get("ticket") : form.ticket();
        model.put("ticket", ticket);
        model.put("view", tickets.formToken(StartTickets.viewOf(ticket).orElseThrow(), deviceId));
        model.put("submission", values.getOrDefault("submission", UUID.randomUUID().toString()));
        model.put("values", values);
        model.put("errors", fieldErrors);
        // the summary names each unanswered question, so a customer can find it on a long page
        org.dealerplatform.core.i18n.Messages texts = pages.messages(org.dealerplatform.survey.module.SurveysModule.ID, locale);
        List<Map<String, String>> errorLinks = new ArrayList<>();
        fieldErrors.keySet().forEach(field -> errorLinks.add(Map.of("field", field, "text", field.startsWith("q_")
                ? texts.get("survey.error.itemNamed", q.item(field.substring(2)).map(i -> i.text(locale)).orElse(field))
                : texts.get("survey.error." + field))));
        model.put("errorLinks", errorLinks);
        model.put("langQuery", langQuery(locale));
        model.put("ratings", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
        model.put("recommendScale", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
        model.put("visitTypes", List.of("MAINTENANCE", "REPAIR", "OTHER"));
        Response.ResponseBuilder response = html(status, pages.standalone("templates/surveys/survey.vm", locale, model));
        if (!device.signed()) {
            response.cookie(deviceCookie(deviceId)); // a new browser, or a forged marker replaced
        }
        return response.build();
    }

    /** Long-lived, HTTP-only and same-site: another site's post does not carry it, scripts cannot read it. */
    private static NewCookie deviceCookie(String marker) {
        return new NewCookie.Builder(Visitors.DEVICE_COOKIE).value(marker).path("/").maxAge(DEVICE_COOKIE_SECONDS)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    private Response closed(int status, Locale locale, String messageKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("messageKey", messageKey);
        return html(status, pages.standalone("templates/surveys/closed.vm", locale, model)).build();
    }

    private static Response.ResponseBuilder html(int status, String body) {
        return Response.status(status).type("text/html; charset=UTF-8").entity(body)
                .header("Cache-Control", "no-store")
                // same-origin: posts say where they come from (Origin, Referer), other sites learn nothing
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self';"
                        + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none';"
                        + " frame-ancestors 'none'");
    }

    private Locale locale(String lang) {
        return Languages.choose(lang, request.getHeader("Accept-Language"));
    }

    private static String langQuery(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "?lang=en" : "";
    }
}
