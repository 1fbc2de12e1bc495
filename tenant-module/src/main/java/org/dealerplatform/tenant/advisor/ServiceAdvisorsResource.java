package org.dealerplatform.tenant.advisor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.module.TenantsModule;

/** Service advisors of one shop. */
@Path("api/v1/shops/{shopId}/advisors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(TenantsModule.ID)
public class ServiceAdvisorsResource {

    @Inject
    ServiceAdvisors advisors;

    public record NewAdvisor(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 32) String employeeNo) {
    }

    public record AdvisorChange(@Size(min = 1, max = 50) String name, @Size(min = 1, max = 32) String employeeNo,
                                Boolean active) {
    }

    public record AdvisorView(String id, String shopId, String name, String employeeNo, boolean active) {
        public static AdvisorView of(ServiceAdvisor a) {
            return new AdvisorView(a.id(), a.shopId(), a.name(), a.employeeNo(), a.active());
        }
    }

    @POST
    @RolesAllowed(Roles.GROUP_ADMIN)
    public Response create(@PathParam("shopId") String shopId, @NotNull @Valid NewAdvisor request, @Context UriInfo uri) {
        ServiceAdvisor advisor = advisors.hire(shopId, request.name(), request.employeeNo());
        return Response.created(uri.getAbsolutePathBuilder().path(advisor.id()).build())
                .entity(AdvisorView.of(advisor)).build();
    }

    @GET
    @RolesAllowed({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Page<AdvisorView> list(@PathParam("shopId") String shopId, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        return advisors.list(shopId, PageRequest.of(page, size)).map(AdvisorView::of);
    }

    @GET
    @Path("{advisorId}")
    @RolesAllowed({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public AdvisorView get(@PathParam("shopId") String shopId, @PathParam("advisorId") String advisorId) {
        return AdvisorView.of(advisors.inShop(shopId, advisorId));
    }

    @PATCH
    @Path("{advisorId}")
    @RolesAllowed(Roles.GROUP_ADMIN)
    public AdvisorView change(@PathParam("shopId") String shopId, @PathParam("advisorId") String advisorId,
                              @NotNull @Valid AdvisorChange change) {
        return AdvisorView.of(advisors.change(shopId, advisorId, change.name(), change.employeeNo(), change.active()));
    }
}
