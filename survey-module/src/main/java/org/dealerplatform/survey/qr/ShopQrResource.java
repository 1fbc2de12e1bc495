package org.dealerplatform.survey.qr;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.survey.module.SurveysModule;

/**
 * A shop's QR code as PNG ({@code ?size=} pixels, 128-2048) or SVG; {@code ?advisor=} gives the
 * code that pre-selects one advisor. The class path ends in the file name so that it never
 * shadows the tenant module's {@code api/v1/shops/{id}} routes.
 */
@Path("api/v1/shops/{id}/{file: qr\\.png|qr\\.svg}")
@RequiresModule(SurveysModule.ID)
public class ShopQrResource {

    @Inject
    SurveyCodes codes;

    @Inject
    CodeFiles files;

    @GET
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response code(@PathParam("id") String id, @PathParam("file") String file, @QueryParam("size") String size,
                         @QueryParam("advisor") String advisor, @Context UriInfo uri) {
        if (file.endsWith(".png")) {
            CodeFiles.size(size); // a bad size is 400 before anything else happens
        }
        SurveyCodes.ShopCode code = codes.of(id, advisor, uri.getBaseUri());
        return file.endsWith(".png") ? files.png(code, size) : files.svg(code);
    }
}
