package org.dealerplatform.competition.console;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.competition.onsite.Criterion;
import org.dealerplatform.competition.onsite.OnSiteRound;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonRules;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;

/**
 * The association's side of the on-site round: finalists (seeded at close, changed with a
 * reason), judges, the weighted rubric, who has scored whom, and closing the round.
 */
@Path("console/seasons/{id}/onsite")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(CompetitionsModule.ID)
public class OnSitePages {

    static final int MAX_CRITERIA = 10;

    @Inject
    Seasons seasons;

    @Inject
    OnSiteRound round;

    @Inject
    RoundViews views;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    /** One row of the rubric form, as typed. */
    public record RubricRow(String code, String labelZh, String labelEn, String weight) {
    }

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(seasons.byId(id), Trouble.none(), null, done);
    }

    @POST
    @Path("finalists")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response addFinalist(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                                @FormParam("entryId") String entryId, @FormParam("reason") String reason) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        FormInput in = new FormInput();
        in.text("entryId", entryId, 36);
        in.text("reason", reason, 500);
        Map<String, String> values = Map.of("entryId", FormInput.orEmpty(entryId), "reason", FormInput.orEmpty(reason));
        return change(season, "add-finalist", in, values, () -> round.addFinalist(id, entryId, reason),
                "finalist-added", "#finalists");
    }

    @POST
    @Path("finalists/{entryId}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response removeFinalist(@PathParam("id") String id, @PathParam("entryId") String entryId,
                                   @FormParam("_csrf") String csrf, @FormParam("reason") String reason,
                                   @FormParam("confirm") String confirm) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        FormInput in = new FormInput();
        in.text("reason", reason, 500);
        in.confirmed(confirm);
        return change(season, "remove-" + entryId, in, Map.of("reason", FormInput.orEmpty(reason)),
                () -> round.removeFinalist(id, entryId, reason), "finalist-removed", "#finalists");
    }

    @POST
    @Path("judges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response assignJudge(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                                @FormParam("username") String username) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        FormInput in = new FormInput();
        String name = in.text("username", username, 100);
        return change(season, "judge", in, Map.of("username", FormInput.orEmpty(username)),
                () -> round.assignJudge(id, name), "judge-assigned", "#judges");
    }

    @POST
    @Path("judges/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response unassignJudge(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                                  @FormParam("username") String username) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        FormInput in = new FormInput();
        in.text("username", username, 100);
        return change(season, "unassign", in, Map.of("username", FormInput.orEmpty(username)),
                () -> round.unassignJudge(id, username), "judge-unassigned", "#judges");
    }

    @POST
    @Path("rubric")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response setRubric(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                              @FormParam("code") List<String> codes, @FormParam("labelZh") List<String> labelsZh,
                              @FormParam("labelEn") List<String> labelsEn, @FormParam("weight") List<String> weights) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        List<RubricRow> typed = new ArrayList<>();
        int n = Math.min(MAX_CRITERIA + 5, Math.max(Math.max(size(codes), size(labelsZh)),
                Math.max(size(labelsEn), size(weights))));
        for (int i = 0; i < n; i++) {
            RubricRow row = new RubricRow(at(codes, i), at(labelsZh, i), at(labelsEn, i), at(weights, i));
            if (!(row.code().isBlank() && row.labelZh().isBlank() && row.labelEn().isBlank() && row.weight().isBlank())) {
                typed.add(row);
            }
        }
        FormInput in = new FormInput();
        List<OnSiteRound.NewCriterion> rubric = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < typed.size(); i++) {
            RubricRow row = typed.get(i);
            int n1 = i + 1; // rows count from 1, as the form shows them
            String code = in.text("code-" + n1, row.code(), 32);
            String zh = in.text("labelZh-" + n1, row.labelZh(), 100);
            String en = in.text("labelEn-" + n1, row.labelEn(), 100);
            Double weight = in.decimal("weight-" + n1, row.weight());
            if (weight != null) {
                sum += weight;
            }
            if (code != null && zh != null && en != null && weight != null) {
                rubric.add(new OnSiteRound.NewCriterion(code, zh, en, weight));
            }
        }
        if (typed.isEmpty()) {
            in.fail("criteria", "a rubric has 1 to 10 criteria");
        } else if (typed.size() > MAX_CRITERIA) {
            in.fail("criteria", "a rubric has 1 to 10 criteria");
        } else if (in.ok() && Math.abs(sum - 1) > 0.001) {
            in.fail("weights", pages.messages(CompetitionsModule.ID, view.locale())
                    .get("competitions.error.weights.sum", Figures.plain(Math.round(sum * 1000) / 1000.0)));
        }
        return change(season, "rubric", in, Map.of(), () -> round.setRubric(id, rubric), "rubric", "#rubric",
                typed);
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response close(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                          @FormParam("confirm") String confirm) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        FormInput in = new FormInput();
        in.confirmed(confirm);
        return change(season, "close", in, Map.of(), () -> round.close(id), "closed", "");
    }

    private Response change(Season season, String form, FormInput in, Map<String, String> values, Runnable action,
                            String done, String anchor) {
        return change(season, form, in, values, action, done, anchor, null);
    }

    private Response change(Season season, String form, FormInput in, Map<String, String> values, Runnable action,
                            String done, String anchor, List<RubricRow> rubricTyped) {
        if (!in.ok()) {
            return page(season, new Trouble(form, in.errors(), values), rubricTyped, null);
        }
        try {
            action.run();
            return Response.seeOther(URI.create("/console/seasons/" + season.id() + "/onsite?done=" + done + anchor))
                    .build();
        } catch (RuntimeException e) {
            return page(seasons.byId(season.id()), new Trouble(form, FormErrors.of(e), values), rubricTyped, null);
        }
    }

    private Response page(Season season, Trouble trouble, List<RubricRow> rubricTyped, String done) {
        SeasonRules rules = seasons.rules(season).rules();
        Map<String, Object> model = new HashMap<>();
        model.put("season", season);
        model.put("rules", rules);
        model.put("hasRound", rules.hasOnSiteRound());
        model.put("open", season.status() == SeasonStatus.CLOSED && !season.onSiteRoundClosed());
        model.put("closed", season.onSiteRoundClosed());
        model.put("fig", new Figures());
        model.put("locale", view.locale());
        model.put("errors", trouble.errors());
        model.put("errorForm", trouble.form());
        model.put("form", trouble.values());
        if (done != null && FLASHES.containsKey(done)) {
            model.put("flash", FLASHES.get(done));
        }
        RoundViews.Round round = views.forAssociation(season.id());
        model.put("round", round);
        model.put("rubricRows", rubricTyped != null ? padded(rubricTyped) : padded(rows(round.criteria())));
        model.put("weightSum", Figures.plain(Math.round(round.criteria().stream().mapToDouble(Criterion::weight).sum()
                * 1000) / 1000.0));
        return pages.page(trouble.status(), "templates/competitions/onsite.vm", "competitions.onsite.title", model);
    }

    static final Map<String, String> FLASHES = Map.of("finalist-added", "competitions.flash.finalistAdded",
            "finalist-removed", "competitions.flash.finalistRemoved", "judge-assigned", "competitions.flash.judgeAssigned",
            "judge-unassigned", "competitions.flash.judgeUnassigned", "rubric", "competitions.flash.rubric",
            "closed", "competitions.flash.roundClosed");

    private static List<RubricRow> rows(List<Criterion> criteria) {
        return criteria.stream().map(c -> new RubricRow(c.code(), c.labelZh(), c.labelEn(), Figures.plain(c.weight())))
                .toList();
    }

    /** Two empty rows to add criteria with, up to the rubric's maximum. */
    private static List<RubricRow> padded(List<RubricRow> rows) {
        List<RubricRow> all = new ArrayList<>(rows);
        while (all.size() < Math.min(MAX_CRITERIA, rows.size() + 2)) {
            all.add(new RubricRow("", "", "", ""));
        }
        return all;
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).strip();
    }
}
