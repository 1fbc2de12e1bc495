package org.dealerplatform.competition.onsite;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.competition.standings.StandingRow;
import org.dealerplatform.competition.standings.Standings;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;

/** The on-site round: the association prepares and closes it, assigned judges score finalists. */
@Path("api/v1/seasons/{id}/onsite")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnSiteResource {

    @Inject
    OnSiteRound round;

    @Inject
    Seasons seasons;

    @Inject
    Standings standings;

    @Inject
    CallerContext caller;

    public record FinalistView(String entryId, String shopId, String name, String groupName, Integer seedRank,
                               Double surveyScore, String addedBy, String reason, Double onSiteScore) {
    }

    public record CriterionView(String code, String labelZh, String labelEn, double weight) {
    }

    public record ScoreView(String entryId, String judge, Map<String, Integer> criteria, double total) {
    }

    public record RoundView(String seasonId, boolean closed, List<FinalistView> finalists, List<String> judges,
                            List<CriterionView> criteria, List<ScoreView> scores) {
    }

    public record NewFinalist(String entryId, String reason) {
    }

    public record Removal(String reason) {
    }

    public record NewJudge(String username) {
    }

    public record Rubric(List<OnSiteRound.NewCriterion> criteria) {
    }

    public record Scores(Map<String, Integer> criteria) {
    }

    @GET
    @Transactional
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, CompetitionsModule.JUDGE})
    public RoundView get(@PathParam("id") String id) {
        Season season = seasons.byId(id);
        Caller c = caller.required();
        boolean association = c.isAssociationAdmin();
        if (!association && !round.seasonsOf(c.username()).contains(season.id())) {
            throw ApiException.forbidden("you are not a judge of this season");
        }
        Map<String, StandingRow> teams = standings.frozen(id, Contest.SHOPS).map(t -> t.rows().stream()
                .collect(Collectors.toMap(StandingRow::entryId, Function.identity(), (a, b) -> a))).orElse(Map.of());
        Map<String, Double> onSite = season.onSiteRoundClosed() || association ? round.onSiteScores(id) : Map.of();
        List<FinalistView> finalists = round.finalists(id).stream().map(f -> {
            StandingRow row = teams.get(f.entryId());
            return new FinalistView(f.entryId(), row == null ? null : row.shopId(), row == null ? null : row.name(),
                    row == null ? null : row.groupName(), f.seedRank(), row == null ? null : row.score(),
                    f.addedBy(), f.reason(), round2(onSite.get(f.entryId())));
        }).toList();
        List<ScoreView> scores = round.scores(id).stream()
                .filter(s -> association || season.onSiteRoundClosed() || s.judge().equals(c.username()))
                .map(s -> new ScoreView(s.entryId(), s.judge(), s.scores(), round2(s.total()))).toList();
        return new RoundView(id, season.onSiteRoundClosed(), finalists,
                association ? round.judges(id).stream().map(Judge::username).toList() : List.of(c.username()),
                round.criteria(id).stream().map(cr -> new CriterionView(cr.code(), cr.labelZh(), cr.labelEn(),
                        cr.weight())).toList(), scores);
    }

    @POST
    @Path("finalists")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RoundView addFinalist(@PathParam("id") String id, NewFinalist body) {
        Input.check(body).required("entryId", body.entryId(), 36).required("reason", body.reason(), 500).orRefuse();
        round.addFinalist(id, body.entryId(), body.reason());
        return get(id);
    }

    @POST
    @Path("finalists/{entryId}/removal")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RoundView removeFinalist(@PathParam("id") String id, @PathParam("entryId") String entryId, Removal body) {
        Input.check(body).required("reason", body.reason(), 500).orRefuse();
        round.removeFinalist(id, entryId, body.reason());
        return get(id);
    }

    @POST
    @Path("judges")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RoundView assignJudge(@PathParam("id") String id, NewJudge body) {
        Input.check(body).required("username", body.username(), 100).orRefuse();
        round.assignJudge(id, body.username().strip());
        return get(id);
    }

    @DELETE
    @Path("judges/{username}")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RoundView unassignJudge(@PathParam("id") String id, @PathParam("username") String username) {
        round.unassignJudge(id, username);
        return get(id);
    }

    @PUT
    @Path("rubric")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RoundView setRubric(@PathParam("id") String id, Rubric body) {
        Input.check(body).maxItems("criteria", body.criteria(), 10).orRefuse();
        if (body.criteria() == null || body.criteria().stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.invalid("criteria", "is required");
        }
        round.setRubric(id, body.criteria());
        return get(id);
    }

    @PUT
    @Path("scores/{entryId}")
    @AllowedRoles(CompetitionsModule.JUDGE)
    public ScoreView score(@PathParam("id") String id, @PathParam("entryId") String entryId, Scores body) {
        Input.check(body).orRefuse();
        if (body.criteria() == null || body.criteria().values().stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.invalid("criteria", "is required: a score from 0 to 100 per criterion");
        }
        JudgeScore s = round.score(id, entryId, body.criteria());
        return new ScoreView(s.entryId(), s.judge(), s.scores(), round2(s.total()));
    }

    @POST
    @Path("close")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RoundView close(@PathParam("id") String id) {
        round.close(id);
        return get(id);
    }

    static Double round2(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value * 100) / 100.0;
    }
}
