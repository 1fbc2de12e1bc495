package org.dealerplatform.tenant.reference;

import org.dealerplatform.core.security.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
