package org.dealerplatform.reporting.console;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.archive.VisibleReports;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.outbox.OutboxStore;

/**
 * A group admin's delivery log: the group's shops, and per shop every report mail queued for it
 * with where it stands. The shop is looked up as the caller may see it, and the rows are read for
 * the caller's own tenant, so another group's shop is a 404 page like a missing one.
 */
@Path("console/reports/deliveries")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(ReportsModule.ID)
public class DeliveryPages {

    static final int SHOWN = 500;

    @Inject
    VisibleReports visible;

    @Inject
    OutboxStore outbox;

    @Inject
    CallerContext caller;

    @Inject
    Pages pages;

    /** One mail as the log lists it; times already in Beijing time. */
    public record DeliveryLine(String id, String kind, String month, String recipient, String language, String state,
                               int attempts, String lastError, String queued, String sent) {
    }

    @GET
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response shops() {
        Map<String, Object> model = new HashMap<>();
        model.put("shops", visible.shops());
        return pages.page("templates/reports/deliveries-shops.vm", "console.deliveries.shops.title", model);
    }

    @GET
    @Path("{shopId}")
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response log(@PathParam("shopId") String shopId) {
        ShopProfile shop = visible.shop(shopId);
        List<DeliveryLine> lines = outbox.deliveries(caller.requiredTenant(), shop.id(), SHOWN).stream()
                .map(d -> new DeliveryLine(d.id(), d.kind().name(), d.month().toString(), d.recipient(), d.locale(),
                        d.state().name(), d.attempts(), d.lastError() == null ? "" : d.lastError(),
                        ConsoleTimes.of(d.queuedAt()), ConsoleTimes.of(d.sentAt())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("shop", shop);
        model.put("deliveries", lines);
        model.put("limit", SHOWN);
        return pages.page("templates/reports/deliveries.vm", "console.deliveries.title", model);
    }
}
