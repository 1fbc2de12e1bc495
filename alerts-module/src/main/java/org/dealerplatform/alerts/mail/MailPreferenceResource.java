package org.dealerplatform.alerts.mail;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.audit.Actor;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;

/**
 * How a shop hears of its alerts: one mail per alert (the default) or one digest a day at
 * {@code ALERTS_DIGEST_TIME}. Its shop manager or its group admin chooses; another group's shop, or
 * another shop for a shop manager, answers 404 like a missing one. Changing it is audited.
 */
@Path("api/v1/alerts/mail-preference")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(AlertsModule.ID)
@AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
public class MailPreferenceResource {

    @Inject
    MailPreferences preferences;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    AlertMailSettings settings;

    /** {@code digestTime} is Beijing time, the same for every shop. */
    public record MailPreference(String shopId, boolean digest, String digestTime) {
    }

    public record Choice(Boolean digest) {
    }

    @GET
    @Transactional
    public MailPreference get(@QueryParam("shopId") String shopId) {
        ShopProfile shop = visible(shopId);
        return view(shop.id(), preferences.wantsDigest(caller.requiredTenant(), shop.id()));
    }

    @PUT
    @Transactional
    public MailPreference put(@QueryParam("shopId") String shopId, Choice body) {
        Input.check(body);
        if (body.digest() == null) {
            throw ApiException.invalid("digest", "is required (true or false)");
        }
        ShopProfile shop = visible(shopId);
        preferences.save(caller.requiredTenant(), shop.id(), body.digest(), Actor.of(caller.required()).username(),
                Instant.now());
        audit.record("alerts.mail.preference", "shop", shop.id(), body.digest() ? "daily digest" : "one mail per alert",
                null);
        return view(shop.id(), body.digest());
    }

    private ShopProfile visible(String shopId) {
        Input.check(this).required("shopId", shopId, 36).orRefuse();
        if (!catalog.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalog.get().visibleShop(shopId).orElseThrow(() -> new NotFound("shop"));
    }

    private MailPreference view(String shopId, boolean digest) {
        return new MailPreference(shopId, digest, settings.digest().at().toString());
    }
}
