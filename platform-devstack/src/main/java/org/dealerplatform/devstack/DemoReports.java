package org.dealerplatform.devstack;

import jakarta.json.Json;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The demo's monthly reports: every demo shop gets one report recipient ({@code shop-<code>@demo.example.com},
 * the A1 shop's manager reads English as a second address), and the association starts the run of
 * the last full month, so a newcomer finds real report emails in the local SMTP server's mailboxes
 * within a minute of the start. Safe on every start: recipients are set to the same list, and a run
 * of the same month is the same run, so no report is sent twice.
 */
final class DemoReports {

    private final DemoApi api;
    private final List<DemoData.LoadedShop> shops;

    DemoReports(DemoApi api, List<DemoData.LoadedShop> shops) {
        this.api = api;
        this.shops = List.copyOf(shops);
    }

    /** The address a demo shop's report goes to. */
    static String recipientOf(String shopCode) {
        return "shop-" + shopCode.toLowerCase(Locale.ROOT) + "@demo.example.com";
    }

    /** Sets the recipients and starts the run; a line for the summary. */
    String load() {
        for (DemoData.LoadedShop loaded : shops) {
            var emails = Json.createArrayBuilder().add(recipientOf(loaded.shop().code()));
            api.call("PUT", "/api/v1/shops/" + loaded.shopId() + "/report-recipients", loaded.group().admin(),
                    Json.createObjectBuilder().add("emails", emails).build());
        }
        YearMonth month = YearMonth.now(DemoData.BEIJING).minusMonths(1);
        api.call("POST", "/api/v1/reports/runs", DemoCatalog.ASSOCIATION_LOGIN, Json.createObjectBuilder()
                .add("kind", "SHOP_MONTHLY").add("month", month.toString()).build());
        return "monthly reports of " + month + " queued for " + shops.size() + " shops (one recipient each, e.g. "
                + recipientOf(shops.get(0).shop().code()) + ")";
    }
}
