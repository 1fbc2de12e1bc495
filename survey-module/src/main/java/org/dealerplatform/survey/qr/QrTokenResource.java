package org.dealerplatform.survey.qr;

import jakarta.json.spi.JsonProvider;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.survey.module.SurveysModule;

/** Replaces the shop's survey token: every code printed so far (shop and advisors) stops accepting answers. */
@Path("api/v1/shops/{id}/qr-token/rotate")
@RequiresModule(SurveysModule.ID)
public class QrTokenResource {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    SurveyCodes codes;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public JsonObject rotate(@PathParam("id") String id, @Context UriInfo uri) {
        SurveyCodes.ShopCode code = codes.rotate(id, uri.getBaseUri());
        return JSON.createObjectBuilder().add("shopId", code.shop().id()).add("url", code.url()).build();
    }
}
