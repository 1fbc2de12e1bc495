package org.dealerplatform.survey.evidence;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.module.SurveysModule;
import org.dealerplatform.survey.scores.Period;

/**
 * A shop's score-begging evidence ({@code ?from=&to=}, months): for the association, and for the
 * group admin of its own shops (another group's shop is 404).
 */
@Path("api/v1/shops/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RequiresModule(SurveysModule.ID)
public class ShopEvidenceResource {

    @Inject
    ShopEvidence evidence;

    @Inject
    SurveySettings settings;

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN})
    public ShopEvidence.Report evidence(@PathParam("id") String id, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        return evidence.of(id, Period.parse(from, to, settings.zone()));
    }
}
