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
import org.dealerplatform.core.audit.Actor;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/**
 * The caller's dealer group's alert rule: the national one, the group's own values and what they
 * make together. Only the group admin changes it, and only ever stricter: every looser field is
 * refused at once, as a field error each.
 */
@Path("api/v1/alerts/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(AlertsModule.ID)
public class AlertRulesResource {

    @Inject
    GroupRules rules;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    /** A rule's four values; in a group's own rule null is "as the national rule". */
    public record RuleValues(Integer overallBelow, Integer itemAtOrBelow, Integer recommendationAtOrBelow,
                             Boolean complaint) {

        static RuleValues of(AlertRule rule) {
            return new RuleValues(rule.overallBelow(), rule.itemAtOrBelow(), rule.recommendationAtOrBelow(),
                    rule.complaint());
        }

        static RuleValues of(GroupAlertRule rule) {
            return new RuleValues(rule.overallBelow(), rule.itemAtOrBelow(), rule.recommendationAtOrBelow(),
                    rule.complaint());
        }
    }

    public record GroupRuleView(RuleValues national, RuleValues group, RuleValues effective) {
    }

    @GET
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public GroupRuleView get() {
        return view(rules.of(caller.requiredTenant()));
    }

    @PUT
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public GroupRuleView put(RuleValues body) {
        if (body == null) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        // out-of-range values are refused by the rule itself (a RuleViolation, 400)
        GroupAlertRule wanted = new GroupAlertRule(body.overallBelow(), body.itemAtOrBelow(),
                body.recommendationAtOrBelow(), body.complaint());
        List<FieldRefusal> refusals = wanted.refusalsAgainst(rules.national());
        if (!refusals.isEmpty()) {
            throw ApiException.invalid(refusals.stream().map(r -> new FieldError(r.field(), r.message())).toList());
        }
        String tenant = caller.requiredTenant();
        rules.save(tenant, wanted, Actor.of(caller.required()).username(), Instant.now());
        audit.record("alerts.rule.changed", "alert-rule", tenant, "overall below " + wanted.overallBelow()
                + ", item at or below " + wanted.itemAtOrBelow() + ", recommendation at or below "
                + wanted.recommendationAtOrBelow() + ", complaint " + wanted.complaint(), null);
        return view(wanted);
    }

    private GroupRuleView view(GroupAlertRule group) {
        return new GroupRuleView(RuleValues.of(rules.national()), RuleValues.of(group),
                RuleValues.of(rules.national().withGroup(group)));
    }
}
