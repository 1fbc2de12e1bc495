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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.dealergroup.DealerGroup;
import org.dealerplatform.tenant.dealergroup.DealerGroups;
import org.dealerplatform.tenant.dealergroup.TenantStatus;

/** The association's pages for onboarding and managing dealer groups. */
@Path("console/tenants")
@Produces(MediaType.TEXT_HTML)
@AllowedRoles(Roles.ASSOCIATION_ADMIN)
public class DealerGroupPages {

    @Inject
    DealerGroups groups;

    @Inject
    ModuleRegistry modules;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @GET
    public Response list(@QueryParam("page") String page) {
        return listPage(PageRequest.of(page, null).page(), Map.of(), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("_csrf") String csrf, @FormParam("code") String code,
                           @FormParam("name") String name, @FormParam("contactEmail") String email,
                           @FormParam("modules") List<String> moduleIds) {
        view.checkCsrf(csrf);
        Map<String, String> form = Map.of("code", nz(code), "name", nz(name), "contactEmail", nz(email));
        try {
            DealerGroups.Onboarded done = groups.onboard(code, name, email, moduleIds);
            return listPage(0, Map.of(), Map.of(), done);
        } catch (RuntimeException e) {
            return listPage(0, FormErrors.of(e), form, null);
        }
    }

    @GET
    @Path("{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("saved") String saved) {
        return editPage(groups.byId(id), Map.of(), saved != null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("name") String name,
                           @FormParam("status") String status, @FormParam("modules") List<String> moduleIds) {
        view.checkCsrf(csrf);
        DealerGroup group = groups.byId(id);
        try {
            TenantStatus target = status == null ? null
                    : "SUSPENDED".equals(status) ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE;
            groups.change(id, name, target, moduleIds == null ? List.of() : moduleIds);
            return Response.seeOther(URI.create("/console/tenants/" + id + "?saved=1")).build();
        } catch (RuntimeException e) {
            return editPage(group, FormErrors.of(e), false);
        }
    }

    private Response listPage(Integer page, Map<String, String> errors, Map<String, String> form,
                              DealerGroups.Onboarded created) {
        PageRequest request = PageRequest.of(page, 50);
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups.list(request, null));
        model.put("page", request.page());
        model.put("errors", errors);
        model.put("form", form);
        model.put("modules", modules.installed().stream().filter(m -> m.subscribable()).toList());
        model.put("locale", view.locale());
        if (created != null) {
            model.put("created", created.group());
            model.put("admin", created.admin());
        }
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/tenants/groups.vm", "groups.title", model);
    }

    private Response editPage(DealerGroup group, Map<String, String> errors, boolean saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("group", group);
        model.put("errors", errors);
        model.put("modules", modules.installed().stream().filter(m -> m.subscribable()).toList());
        model.put("locale", view.locale());
        if (saved) {
            model.put("flash", "shops.flash.saved");
        }
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/tenants/group.vm", "groups.edit", model);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
