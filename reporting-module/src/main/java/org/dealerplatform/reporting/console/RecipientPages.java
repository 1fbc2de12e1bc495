package org.dealerplatform.reporting.console;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.archive.VisibleReports;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.recipients.Recipient;
import org.dealerplatform.reporting.recipients.Recipients;
import org.dealerplatform.reporting.recipients.ShopRecipients;

/**
 * A group admin keeps a shop's report recipients: one address per line, optionally followed by
 * its language. Until they save a list, the page shows the shop managers who receive the report by
 * default, and says so; saving (even the same addresses) makes the list theirs. The list is checked as a whole by the same rule as the API
 * ({@link Recipients#checked}); a refused list writes nothing and comes back as typed, with the
 * line at fault named. Another group's shop is a 404 page.
 */
@Path("console/reports/recipients/{shopId}")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(ReportsModule.ID)
public class RecipientPages {

    static final String TEMPLATE = "templates/reports/recipients.vm";

    @Inject
    VisibleReports visible;

    @Inject
    Recipients recipients;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @GET
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response form(@PathParam("shopId") String shopId, @QueryParam("saved") String saved) {
        ShopProfile shop = visible.shop(shopId);
        ShopRecipients shown;
        try {
            shown = recipients.of(shop);
        } catch (StaffContactsUnavailable e) {
            // the box stays empty and says why: saving from here would replace the managers with nothing
            Map<String, Object> model = model(shop, "", null, "1".equals(saved));
            model.put("managersUnknown", true);
            return pages.page(503, TEMPLATE, "console.recipients.title", model);
        }
        String text = shown.recipients().stream().map(RecipientLines::line).collect(Collectors.joining("\n"));
        Map<String, Object> model = model(shop, text, null, "1".equals(saved));
        model.put("byDefault", shown.managedByDefault());
        return pages.page(TEMPLATE, "console.recipients.title", model);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response save(@PathParam("shopId") String shopId, @FormParam("_csrf") String csrf,
                         @FormParam("recipients") String text) {
        view.checkCsrf(csrf);
        ShopProfile shop = visible.shop(shopId);
        String typed = text == null ? "" : text;
        RecipientLines lines = RecipientLines.read(typed);
        if (lines.problem() != null) {
            return page(shop, typed, lines.problem(), false);
        }
        List<Recipient> wanted;
        try {
            wanted = Recipients.checked(lines.emails(), lines.locales());
        } catch (RuleViolation e) {
            return page(shop, typed, lines.problemOf(e), false);
        }
        recipients.replace(shop.tenantId(), shop.id(), wanted, Instant.now());
        return Response.seeOther(URI.create("/console/reports/recipients/"
                + URLEncoder.encode(shop.id(), StandardCharsets.UTF_8) + "?saved=1")).build();
    }

    private Response page(ShopProfile shop, String text, RecipientLines.Problem problem, boolean saved) {
        return pages.page(problem == null ? 200 : 400, TEMPLATE, "console.recipients.title",
                model(shop, text, problem, saved));
    }

    private static Map<String, Object> model(ShopProfile shop, String text, RecipientLines.Problem problem,
                                             boolean saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("shop", shop);
        model.put("text", text);
        model.put("problem", problem);
        model.put("saved", saved);
        model.put("most", Recipients.MOST_RECIPIENTS);
        model.put("byDefault", false);
        model.put("managersUnknown", false);
        return model;
    }
}
