package org.dealerplatform.survey.questionnaire;

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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;

/**
 * The questionnaire in the console: every version with its items and weights; the association
 * drafts a new version with other dimension weights (items as in the current version; other items
 * go through the API) and publishes it. Published versions are shown, never edited.
 */
@Path("console/questionnaires")
@Produces(MediaType.TEXT_HTML)
public class QuestionnairePages {

    @Inject
    Questionnaires questionnaires;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response list(@QueryParam("done") String done) {
        return page(Map.of(), null, done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response draft(@FormParam("_csrf") String csrf, @FormParam("title") String title,
                          @FormParam("ADVISOR") String advisor, @FormParam("TIME") String time,
                          @FormParam("QUALITY") String quality, @FormParam("PRICE") String price,
                          @FormParam("FACILITIES") String facilities) {
        view.checkCsrf(csrf);
        Map<String, String> form = new HashMap<>(Map.of("title", title == null ? "" : title));
        String[] given = {advisor, time, quality, price, facilities};
        for (Dimension d : Dimension.values()) {
            form.put(d.name(), given[d.ordinal()] == null ? "" : given[d.ordinal()]);
        }
        try {
            Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                weights.put(d, percent(d, form.get(d.name())));
            }
            Questionnaire current = questionnaires.current();
            questionnaires.draft(v -> new Questionnaire(v, title, weights, current.items(), current.recommendZh(),
                    current.recommendEn()));
            return Response.seeOther(URI.create("/console/questionnaires?done=drafted")).build();
        } catch (RuntimeException e) {
            return page(FormErrors.of(e), form, null);
        }
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response publish(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        view.checkCsrf(csrf);
        questionnaires.publish(id);
        return Response.seeOther(URI.create("/console/questionnaires?done=published")).build();
    }

    private static double percent(Dimension d, String value) {
        try {
            return Double.parseDouble(value.strip()) / 100;
        } catch (RuntimeException e) {
            throw new RuleViolation(d.name(), "must be a percentage");
        }
    }

    private Response page(Map<String, String> errors, Map<String, String> form, String done) {
        Questionnaire current = questionnaires.current();
        Map<String, String> values = new HashMap<>();
        values.put("title", current.title());
        current.weights().forEach((d, w) -> values.put(d.name(), String.valueOf(Math.round(w * 1000) / 10.0)));
        if (form != null) {
            values.putAll(form);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("versions", questionnaires.all());
        model.put("current", current);
        model.put("dimensions", List.of(Dimension.values()));
        model.put("locale", view.locale());
        model.put("form", values);
        model.put("errors", errors);
        model.put("fig", new org.dealerplatform.survey.dashboard.Figures());
        if (done != null) {
            model.put("flash", "published".equals(done) ? "questionnaire.published" : "questionnaire.drafted");
        }
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/surveys/questionnaires.vm", "questionnaire.title",
                model);
    }
}
