package org.dealerplatform.tenant.dealergroup;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.identity.InitialAdmin;

/** Dealer groups (tenants), managed by the association only. */
@Path("api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.ASSOCIATION_ADMIN)
public class DealerGroupsResource {

    @Inject
    DealerGroups groups;

    public record NewTenant(String code, String name, String contactEmail, List<String> modules) {
        void check() {
            Input.check(this).required("code", code, 40).required("name", name, 100)
                    .required("contactEmail", contactEmail, 254).email("contactEmail", contactEmail)
                    .maxItems("modules", modules, 20).orRefuse();
        }
    }

    public record TenantChange(String name, String status, List<String> modules) {
        void check() {
            Input.check(this).optional("name", name, 100).oneOf("status", status, "ACTIVE", "SUSPENDED")
                    .maxItems("modules", modules, 20).orRefuse();
        }

        TenantStatus newStatus() {
            return status == null ? null : TenantStatus.valueOf(status);
        }
    }

    public record TenantView(String id, String code, String name, String contactEmail, String status,
                             List<String> modules, String createdAt, InitialAdmin initialAdmin) {
        static TenantView of(DealerGroup g, InitialAdmin admin) {
            return new TenantView(g.id(), g.code(), g.name(), g.contactEmail(), g.status().name(),
                    g.modules().stream().sorted().toList(), iso(g.createdAt()), admin);
        }
    }

    @POST
    public Response create(NewTenant request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Input.check(request);
        request.check();
        DealerGroups.Onboarded onboarded = groups.onboard(request.code(), request.name(), request.contactEmail(),
                request.modules());
        return Response.created(uri.getAbsolutePathBuilder().path(onboarded.group().id()).build())
                .entity(TenantView.of(onboarded.group(), onboarded.admin())).build();
    }

    @GET
    public Page<TenantView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                 @QueryParam("status") String status) {
        return groups.list(PageRequest.of(page, size), parseStatus(status)).map(g -> TenantView.of(g, null));
    }

    @GET
    @Path("{id}")
    public TenantView get(@PathParam("id") String id) {
        return TenantView.of(groups.byId(id), null);
    }

    @PATCH
    @Path("{id}")
    public TenantView change(@PathParam("id") String id, TenantChange change) {
        Input.check(change);
        change.check();
        return TenantView.of(groups.change(id, change.name(), change.newStatus(), change.modules()), null);
    }

    private static TenantStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TenantStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw org.dealerplatform.core.web.ApiException.invalid("status", "must be ACTIVE or SUSPENDED");
        }
    }

    static String iso(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }
}
