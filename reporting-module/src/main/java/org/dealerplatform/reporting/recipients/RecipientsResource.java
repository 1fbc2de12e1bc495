package org.dealerplatform.reporting.recipients;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.reporting.module.ReportsModule;

/**
 * A shop's report recipients: its shop managers by default ({@code managedByDefault: true}), or
 * the list its group's admin keeps once they PUT one. The shop is looked up as the caller may see
 * it, so another group's shop answers 404 like a missing one. The whole list is checked before
 * anything is written: one bad address refuses the request, naming its position.
 */
@Path("api/v1/shops/{id}/report-recipients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(ReportsModule.ID)
public class RecipientsResource {

    static final int MOST_RECIPIENTS = Recipients.MOST_RECIPIENTS;

    @Inject
    Recipients recipients;

    @Inject
    Instance<ShopCatalog> catalog;

    /**
     * {@code locales} optional: address → {@code en} for English, anything else or none is Chinese.
     * {@code managedByDefault} is only answered (true: these are the shop managers, nobody set a
     * list yet); a PUT always sets the list by hand, whatever it says there.
     */
    public record RecipientList(List<String> emails, Map<String, String> locales, Boolean managedByDefault) {
    }

    @GET
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public RecipientList get(@PathParam("id") String id) {
        try {
            return view(recipients.of(shop(id)));
        } catch (StaffContactsUnavailable e) {
            throw new ApiException(503, "Service Unavailable", "the shop managers cannot be read from the identity"
                    + " provider right now; try again later");
        }
    }

    @PUT
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public RecipientList replace(@PathParam("id") String id, RecipientList body) {
        Input.check(body).maxItems("emails", body.emails(), MOST_RECIPIENTS).orRefuse();
        ShopProfile shop = shop(id);
        List<Recipient> wanted;
        try {
            wanted = Recipients.checked(body.emails(), body.locales());
        } catch (RuleViolation e) {
            throw ApiException.invalid(e.field(), e.getMessage());
        }
        recipients.replace(shop.tenantId(), shop.id(), wanted, Instant.now());
        return view(recipients.of(shop));
    }

    private ShopProfile shop(String id) {
        if (!catalog.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalog.get().visibleShop(id).orElseThrow(() -> new NotFound("shop"));
    }

    private static RecipientList view(ShopRecipients shown) {
        Map<String, String> locales = new LinkedHashMap<>();
        shown.recipients().forEach(r -> locales.put(r.address().value(), r.locale()));
        return new RecipientList(shown.recipients().stream().map(r -> r.address().value()).toList(), locales,
                shown.managedByDefault());
    }
}
