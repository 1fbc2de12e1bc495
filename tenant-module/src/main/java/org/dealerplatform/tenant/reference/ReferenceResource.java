package org.dealerplatform.tenant.reference;

import org.dealerplatform.core.security.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.dealerplatform.core.security.Roles;

/** The lists a shop form offers: brands and provinces, each with Chinese and English names. */
@Path("api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
public class ReferenceResource {

    @Inject
    Brands brands;

    public record Entry(String code, String name, String nameEn) {
    }

    public record Entries(List<Entry> items, long total) {
        Entries(List<Entry> items) {
            this(items, items.size());
        }
    }

    public record NewBrand(String code, String name, String nameEn) {
    }

    public record BrandChange(Boolean active) {
    }

    /** The association maintains the brand list; a withdrawn brand cannot be chosen for new shops. */
    @POST
    @Path("brands")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response addBrand(NewBrand request, @Context UriInfo uri) {
        Input.check(request).required("code", request.code(), 32).required("name", request.name(), 50)
                .required("nameEn", request.nameEn(), 50).orRefuse();
        Brand brand = brands.add(request.code(), request.name(), request.nameEn());
        return Response.created(uri.getAbsolutePathBuilder().path(brand.code()).build())
                .entity(new Entry(brand.code(), brand.nameZh(), brand.nameEn())).build();
    }

    @PATCH
    @Path("brands/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Entry changeBrand(@PathParam("code") String code, BrandChange change) {
        Input.check(change);
        if (change.active() == null) {
            throw ApiException.invalid("active", "is required");
        }
        Brand brand = brands.setActive(code, change.active());
        return new Entry(brand.code(), brand.nameZh(), brand.nameEn());
    }

    @GET
    @Path("brands")
    public Entries brands() {
        return new Entries(brands.active().stream().map(b -> new Entry(b.code(), b.nameZh(), b.nameEn())).toList());
    }

    @GET
    @Path("provinces")
    public Entries provinces() {
        return new Entries(Arrays.stream(Province.values()).map(p -> new Entry(p.code(), p.nameZh(), p.nameEn())).toList());
    }
}
