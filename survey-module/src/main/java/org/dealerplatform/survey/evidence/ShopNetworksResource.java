package org.dealerplatform.survey.evidence;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.survey.module.SurveysModule;

/**
 * The address ranges of a shop's own network ({@code {cidrs: ["203.0.113.0/24", "2001:db8:1::/48"]}}):
 * set by the group admin for the group's shops, read by the group admin and the association.
 */
@Path("api/v1/shops/{id}/networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(SurveysModule.ID)
public class ShopNetworksResource {

    @Inject
    ShopNetworks networks;

    public record Networks(List<String> cidrs) {
        static Networks of(List<Cidr> ranges) {
            return new Networks(ranges.stream().map(Cidr::text).toList());
        }
    }

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN})
    public Networks get(@PathParam("id") String id) {
        return Networks.of(networks.of(id));
    }

    @PUT
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Networks put(@PathParam("id") String id, Networks body) {
        Input.check(body).maxItems("cidrs", body.cidrs(), ShopNetworks.MOST_RANGES).orRefuse();
        return Networks.of(networks.replace(id, body.cidrs()));
    }
}
