package org.dealerplatform.survey.scores;

import jakarta.json.spi.JsonProvider;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.module.SurveysModule;
import org.dealerplatform.survey.rollup.RollupRebuild;

/**
 * A dealer group's shops side by side (group admin) and the national picture (association).
 * Both read only the rollups. {@code from}/{@code to} are months (YYYY-MM), by default the last twelve;
 * the national view narrows to one {@code brand} and/or {@code province} when given.
 */
@Path("api/v1/scores")
@Produces(MediaType.APPLICATION_JSON)
@RequiresModule(SurveysModule.ID)
public class ScoresResource {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The shapes of brand and province codes (the tenant module's reference data). */
    private static final java.util.regex.Pattern BRAND = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9_]{0,31}");
    private static final java.util.regex.Pattern PROVINCE = java.util.regex.Pattern.compile("[0-9]{2}");

    @Inject
    Scores scores;

    @Inject
    SurveySettings settings;

    @Inject
    RollupRebuild rollups;

    @GET
    @Path("tenant")
    @AllowedRoles(Roles.GROUP_ADMIN)
    public ScoreViews.TenantScores tenant(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @HeaderParam("Accept-Language") String language) {
        return scores.tenant(Period.parse(from, to, settings.zone()), Languages.choose(null, language));
    }

    @GET
    @Path("national")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public ScoreViews.NationalScores national(@QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("brand") String brand,
                                              @QueryParam("province") String province,
                                              @HeaderParam("Accept-Language") String language) {
        return scores.national(Period.parse(from, to, settings.zone()), code("brand", brand, BRAND),
                code("province", province, PROVINCE), Languages.choose(null, language));
    }

    /** A brand or province filter as given, or null when there is none; anything else is a 400. */
    private static String code(String field, String value, java.util.regex.Pattern format) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!format.matcher(code).matches()) {
            throw org.dealerplatform.core.web.ApiException.invalid(field, "brand".equals(field)
                    ? "must be a brand code like TOYOTA" : "must be a two-digit province code like 31");
        }
        return code;
    }

    /**
     * Recounts every rollup from the stored samples and corrects the rows that differ (after a fix,
     * a data repair, or to verify them), while submissions keep arriving; 409 while another
     * rebuild runs. {@code rollupRows}: rows of the recount; {@code correctedRows}, {@code removedRows}:
     * what it had to change (0 and 0 when the read model was right).
     */
    @POST
    @Path("rollups/rebuild")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public JsonObject rebuild() {
        RollupRebuild.Summary done = rollups.rebuild();
        return JSON.createObjectBuilder().add("rollupRows", done.rollupRows()).add("correctedRows", done.correctedRows())
                .add("removedRows", done.removedRows()).add("correctedAggregateRows", done.correctedAggregateRows())
                .add("shops", done.shops()).add("millis", done.millis()).build();
    }
}
