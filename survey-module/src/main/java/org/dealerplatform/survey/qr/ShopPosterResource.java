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

/** The shop's printable A4 poster (an HTML print view with the code drawn as SVG). */
@Path("api/v1/shops/{id}/poster")
@RequiresModule(SurveysModule.ID)
public class ShopPosterResource {

    @Inject
    SurveyCodes codes;

    @Inject
    CodeFiles files;

    @GET
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response poster(@PathParam("id") String id, @QueryParam("advisor") String advisor, @Context UriInfo uri) {
        return files.poster(codes.of(id, advisor, uri.getBaseUri()));
    }
}
