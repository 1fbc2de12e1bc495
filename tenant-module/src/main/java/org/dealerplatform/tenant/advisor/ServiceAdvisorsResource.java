package org.dealerplatform.tenant.advisor;

import org.dealerplatform.core.security.AllowedRoles;
import jakarta.inject.Inject;
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
import org.dealerplatform.core.web.Input;
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

    public record NewAdvisor(String name, String employeeNo) {
        void check() {
            Input.check(this).required("name", name, 50).required("employeeNo", employeeNo, 32).orRefuse();
        }
    }

    public record AdvisorChange(String name, String employeeNo, Boolean active) {
        void check() {
            Input.check(this).optional("name", name, 50).optional("employeeNo", employeeNo, 32).orRefuse();
        }
    }

    public record AdvisorView(String id, String shopId, String name, String employeeNo, boolean active) {
        public static AdvisorView of(ServiceAdvisor a) {
            return new AdvisorView(a.id(), a.shopId(), a.name(), a.employeeNo(), a.active());
        }
    }

    @POST
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response create(@PathParam("shopId") String shopId, NewAdvisor request, @Context UriInfo uri) {
        Input.check(request);
        request.check();
        ServiceAdvisor advisor = advisors.hire(shopId, request.name(), request.employeeNo());
        return Response.created(uri.getAbsolutePathBuilder().path(advisor.id()).build())
                .entity(AdvisorView.of(advisor)).build();
    }

    @GET
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Page<AdvisorView> list(@PathParam("shopId") String shopId, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        return advisors.list(shopId, PageRequest.of(page, size)).map(AdvisorView::of);
    }

    @GET
    @Path("{advisorId}")
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public AdvisorView get(@PathParam("shopId") String shopId, @PathParam("advisorId") String advisorId) {
        return AdvisorView.of(advisors.inShop(shopId, advisorId));
    }

    @PATCH
    @Path("{advisorId}")
    @AllowedRoles(Roles.GROUP_ADMIN)
    public AdvisorView change(@PathParam("shopId") String shopId, @PathParam("advisorId") String advisorId,
                              AdvisorChange change) {
        Input.check(change);
        change.check();
        return AdvisorView.of(advisors.change(shopId, advisorId, change.name(), change.employeeNo(), change.active()));
    }
}
