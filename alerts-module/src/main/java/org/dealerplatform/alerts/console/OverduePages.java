package org.dealerplatform.alerts.console;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.alerts.cases.AlertHandling;
import org.dealerplatform.alerts.cases.OverdueCases;
import org.dealerplatform.alerts.cases.StoredAlert;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * The group admin's list of late call-backs: every case of the group's shops past its first-contact
 * or closure deadline, shop by shop (the shop with the most first), the longest overdue first
 * within a shop. Numbers stay on the alert page; this list only says who is late with what.
 */
@Path("console/alerts/overdue")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(AlertsModule.ID)
@AllowedRoles(Roles.GROUP_ADMIN)
public class OverduePages {

    @Inject
    OverdueCases overdue;

    @Inject
    AlertHandling handling;

    @Inject
    CallerContext caller;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    /** One shop's late cases. */
    public record ShopLate(String shopId, String shopName, String shopCode, List<AlertCard> cards, long firstContact,
                           long closure) {
    }

    @GET
    @Transactional
    public Response list() {
        Locale locale = view.locale();
        Instant now = Instant.now();
        Map<String, ShopProfile> shops = handling.visibleShops();
        Map<String, List<AlertCard>> byShop = new LinkedHashMap<>();
        for (StoredAlert alert : overdue.of(caller.requiredTenant(), shops.keySet(), now)) {
            byShop.computeIfAbsent(alert.shopId(), s -> new ArrayList<>())
                    .add(AlertCard.of(alert, shops.get(alert.shopId()), locale, now));
        }
        List<ShopLate> late = new ArrayList<>();
        byShop.forEach((shopId, cards) -> {
            ShopProfile shop = shops.get(shopId);
            cards.sort(Comparator.comparingLong(AlertCard::overdueHours).reversed());
            late.add(new ShopLate(shopId, shop == null ? "" : shop.name(), shop == null ? "" : shop.code(), cards,
                    cards.stream().filter(c -> "OPEN".equals(c.status())).count(),
                    cards.stream().filter(c -> "CONTACTED".equals(c.status())).count()));
        });
        late.sort(Comparator.comparingInt((ShopLate s) -> s.cards().size()).reversed()
                .thenComparing(ShopLate::shopCode));
        Map<String, Object> model = new HashMap<>();
        model.put("late", late);
        model.put("total", late.stream().mapToInt(s -> s.cards().size()).sum());
        model.put("most", OverdueCases.MOST_LISTED);
        return pages.page("templates/alerts/overdue.vm", "alerts.overdue.title", model);
    }
}
