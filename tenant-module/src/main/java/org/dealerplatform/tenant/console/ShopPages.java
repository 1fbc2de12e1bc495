package org.dealerplatform.tenant.console;

import org.dealerplatform.core.security.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.advisor.ServiceAdvisors;
import org.dealerplatform.tenant.module.TenantsModule;
import org.dealerplatform.tenant.reference.Brands;
import org.dealerplatform.tenant.reference.Province;
import org.dealerplatform.tenant.shop.Shop;
import org.dealerplatform.tenant.shop.Shops;

/** Shops and their advisors: managed by the group admin, viewed by the shop manager. */
@Path("console/shops")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(TenantsModule.ID)
public class ShopPages {

    @Inject
    Shops shops;

    @Inject
    ServiceAdvisors advisors;

    @Inject
    Brands brands;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @GET
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response list(@QueryParam("page") String page, @QueryParam("q") String search) {
        return listPage(PageRequest.of(page, null).page(), search, Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response create(@FormParam("_csrf") String csrf, @FormParam("code") String code, @FormParam("name") String name,
                           @FormParam("brand") String brand, @FormParam("province") String province,
                           @FormParam("city") String city, @FormParam("address") String address) {
        view.checkCsrf(csrf);
        Shops.ShopFields fields = new Shops.ShopFields(code, name, brand, province, city, address, null);
        try {
            Shop shop = shops.open(fields);
            return Response.seeOther(URI.create("/console/shops/" + shop.id() + "?created=1")).build();
        } catch (RuntimeException e) {
            return listPage(0, null, FormErrors.of(e), formOf(fields));
        }
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response show(@PathParam("id") String id, @QueryParam("created") String created,
                         @QueryParam("saved") String saved, @QueryParam("hired") String hired) {
        Shop shop = shops.visible(id);
        Response page = shopPage(shop, Map.of(), formOf(shop), Map.of(), Map.of(),
                created != null ? "shops.flash.created" : saved != null ? "shops.flash.saved"
                        : hired != null ? "advisors.flash.hired" : null);
        return page;
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response change(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("code") String code,
                           @FormParam("name") String name, @FormParam("brand") String brand,
                           @FormParam("province") String province, @FormParam("city") String city,
                           @FormParam("address") String address, @FormParam("active") String active) {
        view.checkCsrf(csrf);
        Shops.ShopFields fields = new Shops.ShopFields(code, name, brand, province, city, address, "on".equals(active));
        try {
            shops.change(id, fields);
            return Response.seeOther(URI.create("/console/shops/" + id + "?saved=1")).build();
        } catch (RuntimeException e) {
            Map<String, String> errors = FormErrors.of(e);
            return shopPage(shops.visible(id), errors, formOf(fields), Map.of(), Map.of(), null);
        }
    }

    @POST
    @Path("{id}/advisors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response hire(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("name") String name,
                         @FormParam("employeeNo") String employeeNo) {
        view.checkCsrf(csrf);
        try {
            advisors.hire(id, name, employeeNo);
            return Response.seeOther(URI.create("/console/shops/" + id + "?hired=1#advisors")).build();
        } catch (RuntimeException e) {
            Shop shop = shops.visible(id);
            return shopPage(shop, Map.of(), formOf(shop), FormErrors.of(e),
                    Map.of("name", name == null ? "" : name, "employeeNo", employeeNo == null ? "" : employeeNo), null);
        }
    }

    @POST
    @Path("{id}/advisors/{advisorId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response toggleAdvisor(@PathParam("id") String id, @PathParam("advisorId") String advisorId,
                                  @FormParam("_csrf") String csrf, @FormParam("active") String active) {
        view.checkCsrf(csrf);
        advisors.change(id, advisorId, null, null, "true".equals(active));
        return Response.seeOther(URI.create("/console/shops/" + id + "#advisors")).build();
    }

    private Response listPage(Integer page, String search, Map<String, String> errors, Map<String, String> form) {
        PageRequest request = PageRequest.of(page, 50);
        Map<String, Object> model = common();
        model.put("shops", shops.list(request, search, null));
        model.put("page", request.page());
        model.put("q", search == null ? "" : search);
        model.put("errors", errors);
        model.put("form", form);
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/tenants/shops.vm", "shops.title", model);
    }

    private Response shopPage(Shop shop, Map<String, String> errors, Map<String, String> form,
                              Map<String, String> advisorErrors, Map<String, String> advisorForm, String flash) {
        Map<String, Object> model = common();
        if (flash != null) {
            model.put("flash", flash);
        }
        model.put("shop", shop);
        model.put("errors", errors);
        model.put("form", form);
        model.put("advisors", advisors.list(shop.id(), PageRequest.of(0, 200)));
        model.put("advisorErrors", advisorErrors);
        model.put("advisorForm", advisorForm);
        boolean invalid = !errors.isEmpty() || !advisorErrors.isEmpty();
        return pages.page(invalid ? 400 : 200, "templates/tenants/shop.vm", "shops.detail", model);
    }

    private Map<String, Object> common() {
        Map<String, Object> model = new HashMap<>();
        model.put("brands", brands.active());
        model.put("provinces", Arrays.asList(Province.values()));
        model.put("locale", view.locale());
        model.put("canEdit", view.caller().map(c -> c.hasRole(Roles.GROUP_ADMIN)).orElse(false));
        return model;
    }

    private static Map<String, String> formOf(Shops.ShopFields f) {
        Map<String, String> form = new HashMap<>();
        form.put("code", f.code() == null ? "" : f.code());
        form.put("name", f.name() == null ? "" : f.name());
        form.put("brand", f.brand() == null ? "" : f.brand());
        form.put("province", f.province() == null ? "" : f.province());
        form.put("city", f.city() == null ? "" : f.city());
        form.put("address", f.address() == null ? "" : f.address());
        form.put("active", String.valueOf(!Boolean.FALSE.equals(f.active())));
        return form;
    }

    private static Map<String, String> formOf(Shop s) {
        return formOf(new Shops.ShopFields(s.code(), s.name(), s.brandCode(), s.provinceCode(), s.city(), s.address(),
                s.active()));
    }
}
