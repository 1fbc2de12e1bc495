package org.dealerplatform.competition.season;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;

/** Seasons: read by every signed-in user, planned and moved by the association. */
@Path("api/v1/seasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(CompetitionsModule.ID)
public class SeasonsResource {

    @Inject
    Seasons seasons;

    public record NewSeason(String code, String name, String enrolFrom, String enrolTo, String collectFrom,
                            String collectTo, List<Integer> questionnaireVersions, SeasonInput.RulesFields rules) {
    }

    public record SeasonChange(String name, String enrolFrom, String enrolTo, String collectFrom, String collectTo,
                               List<Integer> questionnaireVersions) {
    }

    public record RulesChange(Integer minShopSamples, Integer minAdvisorSamples, Integer finalists,
                              Double onSiteWeight, Integer awards, Double maxFlaggedShare, String reason) {
        SeasonInput.RulesFields fields() {
            return new SeasonInput.RulesFields(minShopSamples, minAdvisorSamples, finalists, onSiteWeight, awards,
                    maxFlaggedShare);
        }
    }

    public record Transition(String to, String reason) {
    }

    public record RulesView(int version, int minShopSamples, int minAdvisorSamples, int finalists,
                            double onSiteWeight, int awards, double maxFlaggedShare, String reason, String changedBy) {
        static RulesView of(RulesVersion v) {
            SeasonRules r = v.rules();
            return new RulesView(v.number(), r.minShopSamples(), r.minAdvisorSamples(), r.finalists(),
                    r.onSiteWeight(), r.awards(), r.maxFlaggedShare(), v.reason(), v.changedBy());
        }
    }

    public record SeasonView(String id, String code, String name, String enrolFrom, String enrolTo,
                             String collectFrom, String collectTo, List<Integer> questionnaireVersions,
                             String status, RulesView rules, boolean onSiteRoundClosed, String publishedAt) {
    }

    SeasonView view(Season s) {
        return new SeasonView(s.id(), s.code(), s.name(), s.enrolFrom().toString(), s.enrolTo().toString(),
                s.collectFrom().toString(), s.collectTo().toString(), s.questionnaireVersionList(), s.status().name(),
                RulesView.of(seasons.rules(s)), s.onSiteRoundClosed(),
                s.publishedAt() == null ? null : s.publishedAt().atOffset(java.time.ZoneOffset.UTC).toString());
    }

    @POST
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response create(NewSeason request, @Context UriInfo uri) {
        Input.check(request).required("code", request.code(), 32).required("name", request.name(), 120).orRefuse();
        SeasonInput in = new SeasonInput();
        var enrolFrom = in.date("enrolFrom", request.enrolFrom());
        var enrolTo = in.date("enrolTo", request.enrolTo());
        var collectFrom = in.month("collectFrom", request.collectFrom());
        var collectTo = in.month("collectTo", request.collectTo());
        var versions = in.versions("questionnaireVersions", request.questionnaireVersions());
        in.orRefuse();
        SeasonRules rules = in.rules(request.rules(), SeasonRules.defaults());
        Season season = seasons.create(request.code(), request.name(),
                new Season.Schedule(enrolFrom, enrolTo, collectFrom, collectTo), versions, rules);
        return Response.created(uri.getAbsolutePathBuilder().path(season.id()).build()).entity(view(season)).build();
    }

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, CompetitionsModule.JUDGE})
    public Page<SeasonView> list() {
        List<SeasonView> all = seasons.list().stream().map(this::view).toList();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, CompetitionsModule.JUDGE})
    public SeasonView get(@PathParam("id") String id) {
        return view(seasons.byId(id));
    }

    @PATCH
    @Path("{id}")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public SeasonView replan(@PathParam("id") String id, SeasonChange change) {
        Input.check(change).optional("name", change.name(), 120).orRefuse();
        Season season = seasons.byId(id);
        SeasonInput in = new SeasonInput();
        var enrolFrom = change.enrolFrom() == null ? season.enrolFrom() : in.date("enrolFrom", change.enrolFrom());
        var enrolTo = change.enrolTo() == null ? season.enrolTo() : in.date("enrolTo", change.enrolTo());
        var from = change.collectFrom() == null ? season.collectFrom() : in.month("collectFrom", change.collectFrom());
        var to = change.collectTo() == null ? season.collectTo() : in.month("collectTo", change.collectTo());
        var versions = change.questionnaireVersions() == null ? season.questionnaireVersions()
                : in.versions("questionnaireVersions", change.questionnaireVersions());
        in.orRefuse();
        return view(seasons.replan(id, change.name() == null ? season.name() : change.name(),
                new Season.Schedule(enrolFrom, enrolTo, from, to), versions));
    }

    @GET
    @Path("{id}/rules")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public List<RulesView> rulesHistory(@PathParam("id") String id) {
        return seasons.rulesHistory(seasons.byId(id).id()).stream().map(RulesView::of).toList();
    }

    @PUT
    @Path("{id}/rules")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RulesView changeRules(@PathParam("id") String id, RulesChange change) {
        Input.check(change).optional("reason", change.reason(), 500).orRefuse();
        Season season = seasons.byId(id);
        SeasonRules rules = new SeasonInput().rules(change.fields(), seasons.rules(season).rules());
        return RulesView.of(seasons.changeRules(id, rules, change.reason()));
    }

    @POST
    @Path("{id}/transitions")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public SeasonView move(@PathParam("id") String id, Transition transition) {
        Input.check(transition).required("to", transition.to(), 12).optional("reason", transition.reason(), 500)
                .orRefuse();
        SeasonStatus to;
        try {
            to = SeasonStatus.valueOf(transition.to().strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("to", "must be one of DRAFT, ENROLLING, COLLECTING, CLOSED, FINAL, PUBLISHED");
        }
        return view(seasons.move(id, to, transition.reason()));
    }
}
