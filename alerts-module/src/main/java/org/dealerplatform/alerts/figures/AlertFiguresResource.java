package org.dealerplatform.alerts.figures;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;

/**
 * {@code GET /api/v1/alerts/figures?month=YYYY-MM[&shopId=]}: the month's and the year's alert
 * figures. A shop manager gets their shop; a group admin the group with each shop side by side, or
 * one own shop with {@code shopId} (another group's, like a missing one, 404); the association the
 * nation with each dealer group side by side (no shops: they are the groups' to compare). Counts,
 * shares and times only: nothing here can reach a customer.
 */
@Path("api/v1/alerts/figures")
@Produces(MediaType.APPLICATION_JSON)
@RequiresModule(AlertsModule.ID)
@AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
public class AlertFiguresResource {

    @Inject
    PublishedAlertFigures figures;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    CallerContext callers;

    Clock clock = Clock.systemUTC();

    /** The figures as JSON: shares 0 to 1 with four decimals, hours with two; absent where they do not exist. */
    public record Figures(long alerts, long validSamples, Double shareAlerting, long contacted,
                          Double medianHoursToFirstContact, long closed, long resolved, Double shareResolved,
                          long overdueNow) {

        static Figures of(AlertFigures f) {
            return new Figures(f.alerts(), f.validSamples(), rounded(f.shareAlerting(), 4), f.contacted(),
                    f.medianTimeToFirstContact().map(d -> rounded(OptionalDouble.of(d.toMillis() / 3_600_000.0), 2))
                            .orElse(null), f.closed(), f.resolved(), rounded(f.shareResolved(), 4), f.overdueNow());
        }
    }

    /** One period's pair: the month, and January to the month. */
    public record Periods(Figures month, Figures yearToDate) {
    }

    public record ShopRow(String shopId, String code, String name, Periods figures) {
    }

    public record GroupRow(String tenant, String name, Periods figures) {
    }

    /** {@code scope} SHOP, GROUP or NATION; {@code shops} for a group, {@code groups} for the nation. */
    public record Answer(String scope, String month, String yearToDateFrom, String shopId, String tenant,
                         Periods figures, List<ShopRow> shops, List<GroupRow> groups) {
    }

    @GET
    @Transactional
    public Answer get(@QueryParam("month") String month, @QueryParam("shopId") String shopId) {
        YearMonth m = FigurePeriod.parseMonth(month, clock.instant());
        FigurePeriod year = FigurePeriod.yearToDate(m);
        Caller caller = callers.required();
        String wantedShop = shopId == null || shopId.isBlank() ? null : shopId.strip();
        if (caller.isAssociationAdmin()) {
            if (wantedShop != null) {
                throw ApiException.invalid("shopId", "the association's figures are per dealer group, not per shop");
            }
            return nation(m, year);
        }
        List<ShopProfile> visible = catalog.isResolvable() ? catalog.get().visibleShops() : List.of();
        if (wantedShop != null || caller.isLimitedToOwnShop()) {
            ShopProfile shop = visible.stream().filter(s -> wantedShop == null || s.id().equals(wantedShop))
                    .findFirst().orElseThrow(() -> new NotFound("shop"));
            return new Answer("SHOP", m.toString(), year.from().toString(), shop.id(), shop.tenantId(),
                    shops(List.of(shop), m, year).get(0).figures(), null, null);
        }
        String tenant = callers.requiredTenant();
        Periods group = new Periods(Figures.of(figures.group(tenant, m, m).orElse(AlertFigures.NONE)),
                Figures.of(figures.group(tenant, year.from(), year.to()).orElse(AlertFigures.NONE)));
        return new Answer("GROUP", m.toString(), year.from().toString(), null, tenant, group,
                shops(visible, m, year), null);
    }

    private List<ShopRow> shops(List<ShopProfile> shops, YearMonth m, FigurePeriod year) {
        List<String> ids = shops.stream().map(ShopProfile::id).toList();
        Map<String, AlertFigures> month = figures.shops(ids, m, m);
        Map<String, AlertFigures> ytd = figures.shops(ids, year.from(), year.to());
        return shops.stream().sorted(Comparator.comparing(ShopProfile::code))
                .map(s -> new ShopRow(s.id(), s.code(), s.name(), new Periods(
                        Figures.of(month.getOrDefault(s.id(), AlertFigures.NONE)),
                        Figures.of(ytd.getOrDefault(s.id(), AlertFigures.NONE))))).toList();
    }

    private Answer nation(YearMonth m, FigurePeriod year) {
        Map<String, AlertFigures> month = figures.groups(m, m);
        Map<String, AlertFigures> ytd = figures.groups(year.from(), year.to());
        Map<String, String> names = directory.isResolvable() ? directory.get().groupNames() : Map.of();
        List<GroupRow> groups = month.keySet().stream().sorted()
                .map(t -> new GroupRow(t, names.getOrDefault(t, t), new Periods(Figures.of(month.get(t)),
                        Figures.of(ytd.getOrDefault(t, AlertFigures.NONE))))).toList();
        Periods nation = new Periods(Figures.of(figures.nation(m, m).orElse(AlertFigures.NONE)),
                Figures.of(figures.nation(year.from(), year.to()).orElse(AlertFigures.NONE)));
        return new Answer("NATION", m.toString(), year.from().toString(), null, null, nation, null, groups);
    }

    private static Double rounded(OptionalDouble value, int decimals) {
        return value.isPresent()
                ? BigDecimal.valueOf(value.getAsDouble()).setScale(decimals, RoundingMode.HALF_UP).doubleValue()
                : null;
    }
}
