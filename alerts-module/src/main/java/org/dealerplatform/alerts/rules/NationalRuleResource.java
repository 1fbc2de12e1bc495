package org.dealerplatform.alerts.rules;

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
import org.dealerplatform.alerts.rules.AlertRulesResource.RuleValues;
import org.dealerplatform.core.audit.Actor;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/**
 * The association's national alert rule, the floor every dealer group's rule stands on. A
 * threshold given as null switches that condition off nationally; complaint is always said. A
 * change applies to the next samples scanned and call-backs offered, in every group: a group whose
 * own value is now looser than the nation's is simply outvoted (its effective rule is the stricter
 * of both), and its saved value stays for when the association loosens again.
 */
@Path("api/v1/alerts/national-rule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(AlertsModule.ID)
@AllowedRoles(Roles.ASSOCIATION_ADMIN)
public class NationalRuleResource {

    @Inject
    NationalRules national;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @GET
    @Transactional
    public RuleValues get() {
        return RuleValues.of(national.current());
    }

    @PUT
    @Transactional
    public RuleValues put(RuleValues body) {
        if (body == null) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        List<FieldRefusal> refusals = AlertRule.refusalsAsNational(body.overallBelow(), body.itemAtOrBelow(),
                body.recommendationAtOrBelow(), body.complaint());
        if (!refusals.isEmpty()) {
            throw ApiException.invalid(refusals.stream().map(r -> new FieldError(r.field(), r.message())).toList());
        }
        AlertRule rule = new AlertRule(body.overallBelow(), body.itemAtOrBelow(), body.recommendationAtOrBelow(),
                body.complaint());
        AlertRule before = national.current();
        national.save(rule, Actor.of(caller.required()).username(), Instant.now());
        audit.record("alerts.national-rule.changed", "alert-national-rule", NationalRules.ROW,
                describe(before) + " -> " + describe(rule), null);
        return RuleValues.of(rule);
    }

    private static String describe(AlertRule rule) {
        return "overall below " + rule.overallBelow() + ", item at or below " + rule.itemAtOrBelow()
                + ", recommendation at or below " + rule.recommendationAtOrBelow() + ", complaint " + rule.complaint();
    }
}
