package org.dealerplatform.core.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.core.web.Page;

/** The audit trail in the association's console: the API's filters as a form, fifty entries a page. */
@Path("console/audit")
@Produces(MediaType.TEXT_HTML)
@AllowedRoles(Roles.ASSOCIATION_ADMIN)
public class AuditPages {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditTrail trail;

    @Inject
    Pages pages;

    /** One entry as the page shows it: the time to the second, in UTC (said so on the page). */
    public record Row(String at, String user, String role, String tenant, String action, String objectType,
                      String objectId, String summary, String reason) {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneOffset.UTC);

        static Row of(AuditEntry e) {
            return new Row(TIME.format(e.at()), e.username(), e.role(), e.tenantId(), e.action(), e.objectType(),
                    e.objectId(), e.summary(), e.reason());
        }
    }

    @GET
    public Response list(@QueryParam("objectId") String objectId, @QueryParam("action") String action,
                         @QueryParam("tenant") String tenant, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("page") String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("objectId", nz(objectId));
        form.put("action", nz(action));
        form.put("tenant", nz(tenant));
        form.put("from", nz(from));
        form.put("to", nz(to));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("filters", filterQuery(form));
        model.put("size", PAGE_SIZE);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            AuditResource.Look look = AuditResource.Look.parse(objectId, action, tenant, from, to, page,
                    String.valueOf(PAGE_SIZE));
            model.put("entries", trail.find(look.query(), look.page()).map(Row::of));
            model.put("page", look.page().page());
        } catch (ApiException e) {
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), error.message());
            }
            model.put("entries", new Page<Row>(java.util.List.of(), 0));
            model.put("page", 0);
        }
        model.put("errors", errors);
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/core/audit.vm", "audit.title", model);
    }

    /** The filters as a query string for the pager's links (values URL-encoded here, escaped by the template). */
    static String filterQuery(Map<String, String> form) {
        StringBuilder query = new StringBuilder();
        form.forEach((name, value) -> {
            if (!value.isBlank()) {
                query.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
