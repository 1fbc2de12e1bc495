package org.dealerplatform.competition.standings;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;

/** Standings of both contests, with what each role may see (see {@link StandingsView}). */
@Path("api/v1/seasons/{id}/standings/{contest}")
@Produces(MediaType.APPLICATION_JSON)
@RequiresModule(CompetitionsModule.ID)
public class StandingsResource {

    @Inject
    Seasons seasons;

    @Inject
    Standings standings;

    @Inject
    CallerContext caller;

    @Inject
    Instance<ShopCatalog> catalog;

    public record Answer(String contest, String seasonStatus, List<StandingsView.Item> items, long total, Double cutoff,
                         StandingsTable.Method method) {
    }

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Answer get(@PathParam("id") String id, @PathParam("contest") String contestPath,
                      @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        Contest contest = Contest.fromPath(contestPath);
        Season season = seasons.byId(id);
        StandingsTable table = standings.of(season, contest);
        Locale locale = Languages.choose(lang, acceptLanguage);
        List<StandingsView.Item> items = visible(table, locale);
        return new Answer(contest.name(), season.status().name(), items, items.size(), table.cutoff(), table.method());
    }

    List<StandingsView.Item> visible(StandingsTable table, Locale locale) {
        Caller c = caller.required();
        if (c.isAssociationAdmin()) {
            return StandingsView.forAssociation(table, locale);
        }
        if (c.hasRole(Roles.GROUP_ADMIN)) {
            return StandingsView.forGroup(table, c.tenant().orElseThrow(), locale);
        }
        return StandingsView.forShop(table, ownShops(), locale);
    }

    /** A shop manager's own shop, resolved by the owner of shops from the token's shop claim. */
    Set<String> ownShops() {
        return catalog.isResolvable() ? standings.ownShopIds(catalog.get()) : Set.of();
    }
}
