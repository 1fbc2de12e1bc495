package org.dealerplatform.survey.dashboard;

import jakarta.inject.Inject;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.review.CaseFilter;
import org.dealerplatform.survey.review.CaseQueue;
import org.dealerplatform.survey.review.ReviewCase;
import org.dealerplatform.survey.review.ReviewQueue;
import org.dealerplatform.survey.review.ScreeningCase;
import org.dealerplatform.survey.screening.Reason;

/**
 * The association's review queue in the console: open cases oldest first (filtered by shop, group,
 * reason and days), each with its count, the first of its samples and one form that decides them
 * all with one reason; a sample can still be decided on its own. {@code cases/{id}} shows every open
 * sample of one case.
 */
@Path("console/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    static final int PAGE = 50;

    @Inject
    ReviewQueue samples;

    @Inject
    CaseQueue cases;

    @Inject
    SurveySettings settings;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response list(@QueryParam("page") String page, @QueryParam("decided") String decided,
                         @QueryParam("shop") String shop, @QueryParam("tenant") String tenant,
                         @QueryParam("reason") String reason, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("shop", blank(shop));
        filters.put("tenant", blank(tenant));
        filters.put("reason", blank(reason));
        filters.put("from", blank(from));
        filters.put("to", blank(to));
        try {
            CaseFilter filter = CaseFilter.parse(null, shop, tenant, reason, from, to, settings.zone());
            return listPage(filter, filters, PageRequest.of(page, String.valueOf(PAGE)), decided, Map.of());
        } catch (RuntimeException e) {
            return listPage(CaseFilter.open(), filters, PageRequest.of(0, PAGE), null, FormErrors.of(e));
        }
    }

    @GET
    @Path("cases/{id}")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response one(@PathParam("id") String id, @QueryParam("page") String page) {
        ReviewCase reviewCase = cases.find(id);
        PageRequest request = PageRequest.of(page, String.valueOf(PAGE));
        Page<ScreeningCase> open = cases.samples(id, true, request);
        Map<String, Object> model = common(Map.of());
        model.put("one", reviewCase);
        model.put("cases", new Page<>(List.of(new CaseQueue.Listed(reviewCase, List.of())), 1));
        model.put("samples", Map.of(reviewCase.id(), open.items()));
        model.put("samplesTotal", open.total());
        model.put("page", request.page());
        return pages.page("templates/surveys/review.vm", "review.title", model);
    }

    @POST
    @Path("cases/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response decideCase(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                               @FormParam("decision") String decision, @FormParam("note") String note) {
        view.checkCsrf(csrf);
        try {
            cases.decide(id, "ACCEPT".equals(decision), note);
            return Response.seeOther(URI.create("/console/review?decided=" + ("ACCEPT".equals(decision) ? "ACCEPTED"
                    : "REJECTED"))).build();
        } catch (RuntimeException e) {
            Map<String, String> errors = new HashMap<>(FormErrors.of(e));
            errors.put("case", id);
            return listPage(CaseFilter.open(), Map.of(), PageRequest.of(0, PAGE), null, errors);
        }
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response decide(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                           @FormParam("decision") String decision, @FormParam("note") String note) {
        view.checkCsrf(csrf);
        try {
            samples.decide(id, "ACCEPT".equals(decision), note);
            return Response.seeOther(URI.create("/console/review?decided=" + ("ACCEPT".equals(decision) ? "ACCEPTED"
                    : "REJECTED"))).build();
        } catch (RuntimeException e) {
            Map<String, String> errors = new HashMap<>(FormErrors.of(e));
            errors.put("sample", id);
            return listPage(CaseFilter.open(), Map.of(), PageRequest.of(0, PAGE), null, errors);
        }
    }

    private Response listPage(CaseFilter filter, Map<String, String> filters, PageRequest page, String decided,
                              Map<String, String> errors) {
        Page<CaseQueue.Listed> listed = cases.list(filter, page);
        Map<String, Object> model = common(errors);
        model.put("cases", listed);
        model.put("samples", cases.openSamples(listed.items().stream().map(l -> l.reviewCase().id()).toList(),
                CaseQueue.PREVIEW));
        model.put("page", page.page());
        model.put("pageSize", PAGE);
        model.put("filters", filters);
        model.put("shops", cases.shopsWithOpenCases());
        model.put("groups", cases.groupNames());
        model.put("reasons", List.of(Reason.values()));
        if (decided != null) {
            model.put("decided", "ACCEPTED".equals(decided) ? "review.accept" : "review.reject");
        }
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/surveys/review.vm", "review.title", model);
    }

    private Map<String, Object> common(Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("fig", new Figures());
        model.put("errors", errors);
        model.put("preview", CaseQueue.PREVIEW);
        model.put("groups", Map.of());
        return model;
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
