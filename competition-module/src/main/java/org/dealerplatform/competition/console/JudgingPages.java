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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.competition.onsite.Criterion;
import org.dealerplatform.competition.onsite.OnSiteRound;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.web.ApiException;

/**
 * The judges' pages, made for a phone at the on-site visit: the seasons a judge is assigned to,
 * and per season the finalists with one scoring form each. A judge sees their own scores only;
 * after the round closes, each finalist's on-site result. Judges belong to no dealer group, so
 * these pages need no module subscription.
 */
@Path("console/judging")
@Produces(MediaType.TEXT_HTML)
public class JudgingPages {

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

    @GET
    @AllowedRoles(CompetitionsModule.JUDGE)
    public Response list() {
        Set<String> assigned = round.seasonsOf(judge().username());
        Map<String, Object> model = new HashMap<>();
        model.put("seasons", seasons.list().stream().filter(s -> assigned.contains(s.id())).toList());
        return pages.page("templates/competitions/judging.vm", "competitions.judging.title", model);
    }

    @GET
    @Path("{seasonId}")
    @AllowedRoles(CompetitionsModule.JUDGE)
    public Response season(@PathParam("seasonId") String seasonId, @QueryParam("saved") String saved) {
        return page(assigned(seasonId), null, Map.of(), Map.of(), saved);
    }

    @POST
    @Path("{seasonId}/{entryId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(CompetitionsModule.JUDGE)
    public Response score(@PathParam("seasonId") String seasonId, @PathParam("entryId") String entryId,
                          @FormParam("_csrf") String csrf, @FormParam("code") List<String> codes,
                          @FormParam("score") List<String> values) {
        view.checkCsrf(csrf);
        Season season = assigned(seasonId);
        List<Criterion> rubric = round.criteria(seasonId);
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; codes != null && i < codes.size(); i++) {
            typed.put(codes.get(i), values != null && i < values.size() && values.get(i) != null
                    ? values.get(i).strip() : "");
        }
        FormInput in = new FormInput();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Criterion c : rubric) {
            String value = typed.getOrDefault(c.code(), "");
            if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) > 100) {
                in.fail(c.code(), "a whole number from 0 to 100");
            } else {
                scores.put(c.code(), Integer.valueOf(value));
            }
        }
        if (!in.ok()) {
            return page(season, entryId, in.errors(), typed, null);
        }
        try {
            round.score(seasonId, entryId, scores);
            return Response.seeOther(URI.create("/console/judging/" + seasonId + "?saved=" + entryId + "#f-" + entryId))
                    .build();
        } catch (RuntimeException e) {
            return page(seasons.byId(seasonId), entryId, FormErrors.of(e), typed, null);
        }
    }

    private Response page(Season season, String errorEntry, Map<String, String> errors, Map<String, String> typed,
                          String saved) {
        boolean closed = season.onSiteRoundClosed();
        RoundViews.JudgeView judging = views.forJudge(season.id(), judge().username(), closed);
        Map<String, Object> model = new HashMap<>();
        model.put("season", season);
        model.put("open", season.status() == SeasonStatus.CLOSED && !closed);
        model.put("closed", closed);
        model.put("judging", judging);
        model.put("locale", view.locale());
        model.put("fig", new Figures());
        model.put("errors", errors);
        model.put("errorEntry", errorEntry == null ? "" : errorEntry);
        model.put("typed", typed);
        if (saved != null) {
            judging.finalists().stream().filter(f -> f.entryId().equals(saved)).findFirst()
                    .ifPresent(f -> model.put("savedName", f.name()));
        }
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/competitions/judging-season.vm",
                "competitions.judging.title", model);
    }

    /** The season, if the caller judges it; any other season is refused like the API refuses it. */
    private Season assigned(String seasonId) {
        Season season = seasons.byId(seasonId);
        if (!round.seasonsOf(judge().username()).contains(season.id())) {
            throw ApiException.forbidden("you are not a judge of this season");
        }
        return season;
    }

    private Caller judge() {
        return view.caller().orElseThrow(() -> ApiException.unauthorized("sign in"));
    }
}
