package org.dealerplatform.core.modules;

import org.dealerplatform.core.security.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.dealerplatform.core.tenancy.TenantStandings;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;

/** Lists the installed modules and, for a tenant user, which of them the dealer group has enabled. */
@Path("api/v1/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    ModuleRegistry registry;

    @Inject
    CallerContext callers;

    @Inject
    TenantStandings standings;

    public record ModuleView(String id, String name, String nameEn, String version, boolean subscribable,
                             boolean enabled, List<String> roles) {
    }

    public record ModuleList(List<ModuleView> items, long total) {
    }

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public ModuleList list() {
        Caller caller = callers.required();
        Set<String> subscribed = standings.modules(caller.tenant());
        List<ModuleView> views = registry.installed().stream()
                .map(m -> new ModuleView(m.id(), m.name().zh(), m.name().en(), m.version(), m.subscribable(),
                        caller.tenant().isEmpty() || registry.enabledFor(m.id(), subscribed),
                        m.roles().stream().sorted().toList()))
                .toList();
        return new ModuleList(views, views.size());
    }
}
