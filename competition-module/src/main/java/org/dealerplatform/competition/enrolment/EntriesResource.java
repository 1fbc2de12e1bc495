package org.dealerplatform.competition.enrolment;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;

/** Enrolment: group admins enter their own shops; the association decides; groups may withdraw. */
@Path("api/v1/seasons/{id}/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(CompetitionsModule.ID)
public class EntriesResource {

    @Inject
    Entries entries;

    @Inject
    Seasons seasons;

    @Inject
    Instance<ShopDirectory> directory;

    public record NewEntry(String shopId, List<String> advisorIds) {
    }

    public record Decision(String decision, String reason) {
    }

    public record Withdrawal(String reason) {
    }

    public record AdvisorView(String id, String name) {
    }

    public record EntryView(String id, String seasonId, String shopId, String shopCode, String shopName,
                            String tenant, String groupName, String status, List<AdvisorView> advisors,
                            String decidedBy, String decisionReason, String withdrawReason, String enrolledAt) {
    }

    @POST
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response enrol(@PathParam("id") String id, NewEntry body, @Context UriInfo uri) {
        Input.check(body).required("shopId", body.shopId(), 36).maxItems("advisorIds", body.advisorIds(), 50)
                .orRefuse();
        if (body.advisorIds() != null && body.advisorIds().stream().anyMatch(a -> a == null || a.isBlank())) {
            throw ApiException.invalid("advisorIds", "must be advisor ids");
        }
        Entry entry = entries.enrol(id, body.shopId(), body.advisorIds());
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id()).build()).entity(views(List.of(entry))
                .get(0)).build();
    }

    @GET
    @Transactional
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN})
    public Page<EntryView> list(@PathParam("id") String id) {
        seasons.byId(id);
        List<EntryView> views = views(entries.visible(id));
        return new Page<>(views, views.size());
    }

    @POST
    @Path("{entryId}/decision")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public EntryView decide(@PathParam("id") String id, @PathParam("entryId") String entryId, Decision body) {
        Input.check(body).required("decision", body.decision(), 10).oneOf("decision", body.decision(), "APPROVE",
                "REJECT").required("reason", body.reason(), 500).orRefuse();
        return views(List.of(entries.decide(id, entryId, "APPROVE".equals(body.decision()), body.reason()))).get(0);
    }

    @POST
    @Path("{entryId}/withdrawal")
    @AllowedRoles(Roles.GROUP_ADMIN)
    public EntryView withdraw(@PathParam("id") String id, @PathParam("entryId") String entryId, Withdrawal body) {
        Input.check(body).optional("reason", body.reason(), 500).orRefuse();
        return views(List.of(entries.withdraw(id, entryId, body.reason()))).get(0);
    }

    /** Entries with shop and advisor names, looked up in one go. */
    @Transactional
    List<EntryView> views(List<Entry> list) {
        if (!directory.isResolvable()) {
            return list.stream().map(e -> view(e, null, Map.of(), Map.of())).toList();
        }
        ShopDirectory d = directory.get();
        Map<String, ShopProfile> shops = d.shops(list.stream().map(Entry::shopId).toList()).stream()
                .collect(Collectors.toMap(ShopProfile::id, Function.identity()));
        Set<String> advisorIds = new HashSet<>();
        list.forEach(e -> advisorIds.addAll(e.advisorIds()));
        Map<String, AdvisorProfile> advisors = advisorIds.isEmpty() ? Map.of() : d.advisors(advisorIds).stream()
                .collect(Collectors.toMap(AdvisorProfile::id, Function.identity()));
        Map<String, String> groups = d.groupNames();
        return list.stream().map(e -> view(e, shops.get(e.shopId()), advisors, groups)).toList();
    }

    private static EntryView view(Entry e, ShopProfile shop, Map<String, AdvisorProfile> advisors,
                                  Map<String, String> groups) {
        List<AdvisorView> named = e.advisorIds().stream().sorted()
                .map(a -> new AdvisorView(a, advisors.containsKey(a) ? advisors.get(a).name() : a)).toList();
        return new EntryView(e.id(), e.seasonId(), e.shopId(), shop == null ? null : shop.code(),
                shop == null ? null : shop.name(), e.tenantId(), groups.get(e.tenantId()), e.status().name(), named,
                e.decidedBy(), e.decisionReason(), e.withdrawReason(), e.createdAt().toString());
    }
}
