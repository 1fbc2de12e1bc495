package org.dealerplatform.tenant.shop;

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
import java.time.ZoneOffset;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.module.TenantsModule;

/** A dealer group's shops. */
@Path("api/v1/shops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(TenantsModule.ID)
public class ShopsResource {

    @Inject
    Shops shops;

    public record NewShop(String code, String name, String brand, String province, String city, String address) {
    }

    public record ShopChange(String code, String name, String brand, String province, String city, String address,
                             Boolean active) {
    }

    public record ShopView(String id, String code, String name, String brand, String province, String city,
                           String address, boolean active, String createdAt, String updatedAt) {
        public static ShopView of(Shop s) {
            return new ShopView(s.id(), s.code(), s.name(), s.brandCode(), s.provinceCode(), s.city(), s.address(),
                    s.active(), s.createdAt().atOffset(ZoneOffset.UTC).toString(),
                    s.updatedAt().atOffset(ZoneOffset.UTC).toString());
        }
    }

    @POST
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response create(NewShop request, @Context UriInfo uri) {
        Input.check(request);
        Shop shop = shops.open(new Shops.ShopFields(request.code(), request.name(), request.brand(), request.province(),
                request.city(), request.address(), null));
        return Response.created(uri.getAbsolutePathBuilder().path(shop.id()).build()).entity(ShopView.of(shop)).build();
    }

    @GET
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Page<ShopView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                               @QueryParam("q") String search, @QueryParam("active") String active) {
        return shops.list(PageRequest.of(page, size), search, parseActive(active)).map(ShopView::of);
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public ShopView get(@PathParam("id") String id) {
        return ShopView.of(shops.visible(id));
    }

    @PATCH
    @Path("{id}")
    @AllowedRoles(Roles.GROUP_ADMIN)
    public ShopView change(@PathParam("id") String id, ShopChange change) {
        Input.check(change);
        return ShopView.of(shops.change(id, new Shops.ShopFields(change.code(), change.name(), change.brand(),
                change.province(), change.city(), change.address(), change.active())));
    }

    private static Boolean parseActive(String active) {
        if (active == null || active.isBlank()) {
            return null;
        }
        if (!"true".equals(active) && !"false".equals(active)) {
            throw ApiException.invalid("active", "must be true or false");
        }
        return Boolean.valueOf(active);
    }
}
