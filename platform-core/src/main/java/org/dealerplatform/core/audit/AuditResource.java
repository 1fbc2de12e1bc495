package org.dealerplatform.core.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;

/**
 * The audit trail for the association, newest first. Read only: the API has no way to change or
 * remove an entry.
 */
@Path("api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.ASSOCIATION_ADMIN)
public class AuditResource {

    @Inject
    AuditTrail trail;

    /** {@code tenant} is the dealer group the action concerns; absent ones are left out of the JSON. */
    public record EntryView(String at, String user, String role, String tenant, String action, String objectType,
                            String objectId, String summary, String reason) {
        public static EntryView of(AuditEntry e) {
            return new EntryView(e.at().atOffset(ZoneOffset.UTC).toString(), e.username(), e.role(), e.tenantId(),
                    e.action(), e.objectType(), e.objectId(), e.summary(), e.reason());
        }
    }

    /** A filter and a page, checked together so one answer names every bad parameter. */
    public record Look(AuditQuery query, PageRequest page) {
        public static Look parse(String objectId, String action, String tenant, String from, String to, String page,
                                 String size) {
            List<FieldError> errors = new ArrayList<>();
            AuditQuery query = null;
            PageRequest paging = null;
            try {
                query = AuditQuery.parse(objectId, action, tenant, from, to);
            } catch (ApiException e) {
                errors.addAll(e.errors());
            }
            try {
                paging = PageRequest.of(page, size);
            } catch (ApiException e) {
                errors.addAll(e.errors());
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            return new Look(query, paging);
        }
    }

    @GET
    public Page<EntryView> list(@QueryParam("objectId") String objectId, @QueryParam("action") String action,
                                @QueryParam("tenant") String tenant, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        Look look = Look.parse(objectId, action, tenant, from, to, page, size);
        return trail.find(look.query(), look.page()).map(EntryView::of);
    }
}
