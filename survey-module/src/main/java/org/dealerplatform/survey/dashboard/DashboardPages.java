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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.i18n.Messages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.survey.evidence.Cidr;
import org.dealerplatform.survey.evidence.EvidenceShops;
import org.dealerplatform.survey.evidence.ShopEvidence;
import org.dealerplatform.survey.evidence.ShopNetworks;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.module.SurveysModule;
import org.dealerplatform.survey.qr.CodeFiles;
import org.dealerplatform.survey.qr.SurveyCodes;
import org.dealerplatform.survey.scores.Period;
import org.dealerplatform.survey.scores.ScoreViews;
import org.dealerplatform.survey.scores.Scores;

/**
 * The score dashboards. {@code /console/scores} shows each role its own view: the nation for the
 * association, the group's shops for a group admin, the own shop for a shop manager. Charts are
 * SVG drawn here ({@link Charts}); every chart has the same figures in a table beside it. A shop's
 * page also shows the association (which reaches any shop from its review queue) and the group
 * admin the shop's score-begging evidence, with the samples behind each figure.
 */
@Path("console/scores")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(SurveysModule.ID)
public class DashboardPages {

    @Inject
    Scores scores;

    @Inject
    SurveyCodes codes;

    @Inject
    CodeFiles files;

    @Inject
    jakarta.enterprise.inject.Instance<ShopCatalog> catalogs;

    @Inject
    SurveySettings settings;

    @Inject
    Pages pages;

    @Inject
    ShopEvidence evidence;

    @Inject
    ShopNetworks networks;

    @Inject
    EvidenceShops evidenceShops;

    @Inject
    ConsoleView view;

    @Inject
    AlertSections alerts;

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response home(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("sort") String sort, @Context UriInfo uri) {
        Caller caller = view.caller().orElseThrow();
        Period period = Period.parse(from, to, settings.zone());
        if (caller.isAssociationAdmin()) {
            return national(period);
        }
        if (caller.hasRole(Roles.GROUP_ADMIN)) {
            return group(period, sort);
        }
        String ownShop = catalogs.get().visibleShops().stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("shop")).id();
        return shop(ownShop, period, null, uri.getBaseUri(), Map.of());
    }

    @GET
    @Path("shops/{id}")
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response shopPage(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("rotated") String rotated, @QueryParam("networks") String changed,
                             @Context UriInfo uri) {
        String flash = rotated != null ? "scores.qr.rotated" : changed != null ? "evidence.networks.saved" : null;
        return shop(id, Period.parse(from, to, settings.zone()), flash, uri.getBaseUri(), Map.of());
    }

    /** The group admin registers the shop's own network ranges (one CIDR a line; empty removes them). */
    @POST
    @Path("shops/{id}/networks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response networks(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                             @FormParam("cidrs") String cidrs, @Context UriInfo uri) {
        view.checkCsrf(csrf);
        List<String> ranges = cidrs == null ? List.of() : cidrs.lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        try {
            networks.replace(id, ranges);
        } catch (RuntimeException e) {
            // bad ranges come back on the page; anything else (another group's shop: 404) goes on
            return shop(id, Period.parse(null, null, settings.zone()), null, uri.getBaseUri(),
                    org.dealerplatform.core.console.FormErrors.of(e));
        }
        return Response.seeOther(URI.create("/console/scores/shops/" + id + "?networks=1#evidence")).build();
    }

    @GET
    @Path("shops/{id}/{file: qr\\.png|qr\\.svg}")
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response code(@PathParam("id") String id, @PathParam("file") String file, @QueryParam("size") String size,
                         @Context UriInfo uri) {
        SurveyCodes.ShopCode code = codes.of(id, null, uri.getBaseUri());
        return file.endsWith(".png") ? files.png(code, size) : files.svg(code);
    }

    @GET
    @Path("shops/{id}/poster")
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response poster(@PathParam("id") String id, @Context UriInfo uri) {
        return files.poster(codes.of(id, null, uri.getBaseUri()));
    }

    @POST
    @Path("shops/{id}/rotate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response rotate(@PathParam("id") String id, @FormParam("_csrf") String csrf, @Context UriInfo uri) {
        view.checkCsrf(csrf);
        codes.rotate(id, uri.getBaseUri());
        return Response.seeOther(URI.create("/console/scores/shops/" + id + "?rotated=1#qr")).build();
    }

    private Response national(Period period) {
        Messages t = pages.messages(org.dealerplatform.survey.module.SurveysModule.ID, view.locale());
        ScoreViews.NationalScores n = scores.national(period, t.locale());
        Map<String, Object> model = common(period);
        model.put("n", n);
        alerts.nation(period, t.locale()).ifPresent(table -> model.put("alertTable", table));
        model.put("rawRadar", radar(t, List.of(new Charts.Series(t.get("scores.nationalAverage"),
                values(n.national())))));
        model.put("rawTrend", trend(t, n.months(), List.of(t.get("scores.nationalAverage")), List.of(n.months())));
        model.put("rawBrands", Charts.bars(t.get("scores.byBrand"), n.byBrand().stream().map(ScoreViews.Named::name)
                .toList(), n.byBrand().stream().map(b -> b.score().overall()).toList()));
        model.put("rawProvinces", Charts.bars(t.get("scores.byProvince"), n.byProvince().stream()
                .map(ScoreViews.Named::name).toList(), n.byProvince().stream().map(b -> b.score().overall()).toList()));
        return pages.page("templates/surveys/scores-national.vm", "scores.national", model);
    }

    private Response group(Period period, String sort) {
        Messages t = pages.messages(org.dealerplatform.survey.module.SurveysModule.ID, view.locale());
        ScoreViews.TenantScores g = scores.tenant(period, t.locale());
        List<ScoreViews.ShopRow> shops = new ArrayList<>(g.shops());
        Comparator<ScoreViews.ShopRow> order = switch (sort == null ? "" : sort) {
            case "code" -> Comparator.comparing(ScoreViews.ShopRow::code);
            case "samples" -> Comparator.comparing((ScoreViews.ShopRow r) -> r.score().validSamples()).reversed();
            default -> Comparator.comparing((ScoreViews.ShopRow r) -> r.score().overall() == null ? -1
                    : r.score().overall()).reversed();
        };
        shops.sort(order);
        Map<String, Object> model = common(period);
        model.put("g", g);
        alerts.group(caller().tenant().orElseThrow(), period, t.locale())
                .ifPresent(table -> model.put("alertTable", table));
        model.put("shops", shops);
        model.put("sort", sort == null ? "overall" : sort);
        model.put("rawRadar", radar(t, List.of(new Charts.Series(t.get("scores.groupAverage"), values(g.tenant())),
                new Charts.Series(t.get("scores.nationalAverage"), values(g.national())))));
        model.put("rawTrend", trend(t, g.months(), List.of(t.get("scores.groupAverage")), List.of(g.months())));
        model.put("rawShops", Charts.bars(t.get("scores.shops"), shops.stream().map(ScoreViews.ShopRow::name).toList(),
                shops.stream().map(s -> s.score().overall()).toList()));
        return pages.page("templates/surveys/scores-group.vm", "scores.group", model);
    }

    private Response shop(String id, Period period, String flash, URI base, Map<String, String> errors) {
        Messages t = pages.messages(org.dealerplatform.survey.module.SurveysModule.ID, view.locale());
        Caller caller = view.caller().orElseThrow();
        boolean association = caller.isAssociationAdmin();
        // the association sees any shop (but not its survey code); a group admin its own, a manager theirs
        ScoreViews.ShopScores s = association ? scores.shop(evidenceShops.shop(id), period, t.locale())
                : scores.shop(id, period, t.locale());
        Map<String, Object> model = common(period);
        // the association reaches any shop: its group is the shop's, not the caller's
        String tenant = association ? evidenceShops.shop(id).tenantId() : caller.tenant().orElseThrow();
        alerts.shop(id, tenant, period, t.locale()).ifPresent(table -> model.put("alertTable", table));
        if (association || caller.hasRole(Roles.GROUP_ADMIN)) {
            model.put("evidence", evidence.of(id, period).figures());
            model.put("canSetNetworks", !association);
            model.put("networks", String.join("\n", networks.of(id).stream().map(Cidr::text).toList()));
        }
        model.put("errors", errors);
        model.put("s", s);
        if (flash != null) {
            model.put("flash", flash);
        }
        model.put("rawRadar", radar(t, List.of(new Charts.Series(t.get("scores.thisShop"), values(s.score())),
                new Charts.Series(t.get("scores.groupAverage"), values(s.group())),
                new Charts.Series(t.get("scores.nationalAverage"), values(s.national())))));
        model.put("rawTrend", trend(t, s.months(), List.of(t.get("scores.thisShop")), List.of(s.months())));
        model.put("canRotate", caller.hasRole(Roles.GROUP_ADMIN));
        if (!association) {
            model.put("surveyUrl", codes.of(id, null, base).url());
        }
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/surveys/scores-shop.vm", "scores.shop", model);
    }

    private Caller caller() {
        return view.caller().orElseThrow();
    }

    private Map<String, Object> common(Period period) {
        Map<String, Object> model = new HashMap<>();
        model.put("from", period.fromText());
        model.put("to", period.toText());
        model.put("dimensions", List.of(Dimension.values()));
        model.put("locale", view.locale());
        model.put("fig", new Figures());
        return model;
    }

    private static String radar(Messages t, List<Charts.Series> series) {
        Locale locale = t.locale();
        return Charts.radar(t.get("scores.dimensions"), List.of(Dimension.values()).stream()
                .map(d -> d.label(locale)).toList(), series);
    }

    private static String trend(Messages t, List<ScoreViews.Month> months, List<String> labels,
                                List<List<ScoreViews.Month>> lines) {
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            series.add(new Charts.Series(labels.get(i), lines.get(i).stream().map(m -> m.score().overall()).toList()));
        }
        return Charts.trend(t.get("scores.trend"), months.stream().map(ScoreViews.Month::month).toList(), series);
    }

    private static List<Double> values(ScoreViews.Score score) {
        List<Double> values = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            values.add(score.dimensions().get(d.name()));
        }
        return values;
    }
}
