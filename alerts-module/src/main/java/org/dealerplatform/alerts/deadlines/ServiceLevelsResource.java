package org.dealerplatform.alerts.deadlines;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.audit.Actor;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/**
 * The caller's dealer group's service levels for alerts: how many hours to the first contact, how
 * many days to closure. Shop managers read them (their deadlines come from here); only the group
 * admin changes them, within bounds, each bad field a field error. New alerts take the new levels;
 * alerts already raised keep the deadlines they were given.
 */
@Path("api/v1/alerts/service-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(AlertsModule.ID)
public class ServiceLevelsResource {

    @Inject
    GroupServiceLevels levels;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    /** {@code standard}: the platform's defaults, the group has set none of its own. */
    public record Levels(Integer firstContactWithinHours, Integer closeWithinDays, Boolean standard) {

        static Levels of(ServiceLevels levels, boolean standard) {
            return new Levels((int) levels.firstContactWithinHours(), (int) levels.closeWithinDays(), standard);
        }
    }

    @GET
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Levels get() {
        var own = levels.own(caller.requiredTenant());
        return Levels.of(own.orElse(ServiceLevels.DEFAULT), own.isEmpty());
    }

    @PUT
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Levels put(Levels body) {
        if (body == null) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        List<FieldError> refusals = ServiceLevels.refusalsOf(body.firstContactWithinHours(), body.closeWithinDays());
        if (!refusals.isEmpty()) {
            throw ApiException.invalid(refusals);
        }
        ServiceLevels wanted = ServiceLevels.of(body.firstContactWithinHours(), body.closeWithinDays());
        String tenant = caller.requiredTenant();
        levels.save(tenant, wanted, Actor.of(caller.required()).username(), Instant.now());
        audit.record("alerts.service-levels.changed", "alert-service-levels", tenant, "first contact within "
                + wanted.firstContactWithinHours() + " h, closure within " + wanted.closeWithinDays() + " d", null);
        return Levels.of(wanted, false);
    }
}
