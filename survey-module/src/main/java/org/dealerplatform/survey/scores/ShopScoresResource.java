package org.dealerplatform.survey.scores;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.module.SurveysModule;

/** One shop's scores by month, its advisors, and how it compares with its group and the nation. */
@Path("api/v1/shops/{id}/scores")
@Produces(MediaType.APPLICATION_JSON)
@RequiresModule(SurveysModule.ID)
public class ShopScoresResource {

    @Inject
    Scores scores;

    @Inject
    SurveySettings settings;

    @GET
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public ScoreViews.ShopScores shop(@PathParam("id") String id, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @HeaderParam("Accept-Language") String language) {
        return scores.shop(id, Period.parse(from, to, settings.zone()), Languages.choose(null, language));
    }
}
