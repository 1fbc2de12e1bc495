package org.dealerplatform.competition.console;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.competition.standings.Standings;
import org.dealerplatform.competition.standings.StandingsTable;
import org.dealerplatform.competition.standings.StandingsView;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.web.ApiException;

/**
 * A contest's standings in the console, with what the caller's role may see (see
 * {@link StandingsView}): the association every entry by name, a group admin their own entries by
 * name and the others without a name, a shop manager their own rows; everyone the cutoff, the
 * reasons behind every exclusion and how the figures were made.
 */
@Path("console/seasons/{id}/standings")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(CompetitionsModule.ID)
public class StandingsPages {

    @Inject
    Seasons seasons;

    @Inject
    Standings standings;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response show(@PathParam("id") String id, @QueryParam("contest") String contestParam) {
        Contest contest = contestParam == null || contestParam.isBlank() ? Contest.SHOPS : Contest.fromPath(contestParam);
        Season season = seasons.byId(id);
        StandingsTable table = standings.of(season, contest);
        Caller caller = view.caller().orElseThrow(() -> ApiException.unauthorized("sign in"));
        Locale locale = view.locale();
        List<StandingsView.Item> items;
        String scope;
        if (caller.isAssociationAdmin()) {
            items = StandingsView.forAssociation(table, locale);
            scope = "association";
        } else if (caller.hasRole(Roles.GROUP_ADMIN)) {
            items = StandingsView.forGroup(table, caller.tenant().orElseThrow(), locale);
            scope = "group";
        } else {
            Set<String> own = catalog.isResolvable() ? standings.ownShopIds(catalog.get()) : Set.of();
            items = StandingsView.forShop(table, own, locale);
            scope = "shop";
        }
        Map<String, Object> model = new HashMap<>();
        model.put("season", season);
        model.put("contest", contest == Contest.SHOPS ? "shops" : "advisors");
        model.put("items", items);
        model.put("cutoff", table.cutoff());
        model.put("method", table.method());
        model.put("scope", scope);
        model.put("fig", new Figures());
        return pages.page("templates/competitions/standings.vm", "competitions.standings.title", model);
    }
}
