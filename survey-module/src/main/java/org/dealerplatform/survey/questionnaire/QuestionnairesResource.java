package org.dealerplatform.survey.questionnaire;

import jakarta.json.spi.JsonProvider;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.List;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.PublicAccess;
import org.dealerplatform.core.security.Roles;

/**
 * The questionnaire: anyone may read the current version (survey clients render it); the
 * association drafts, edits and publishes new versions. A published version cannot be edited (409).
 */
@Path("api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnairesResource {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Questionnaires questionnaires;

    public record VersionView(String id, int version, String status, String publishedAt, String publishedBy,
                              JsonObject definition) {
        static VersionView of(QuestionnaireVersion v) {
            return new VersionView(v.id(), v.versionNo(), v.status().name(),
                    v.publishedAt() == null ? null : v.publishedAt().atOffset(ZoneOffset.UTC).toString(),
                    v.publishedBy(), QuestionnaireJson.write(v.content()));
        }
    }

    @GET
    @Path("current")
    @PublicAccess
    public JsonObject current() {
        Questionnaire q = questionnaires.current();
        return JSON.createObjectBuilder(QuestionnaireJson.write(q)).add("version", q.version())
                .add("scale", JSON.createObjectBuilder().add("min", 1).add("max", 10)
                        .add("recommendMin", 0).add("recommendMax", 10))
                .build();
    }

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public List<VersionView> list() {
        return questionnaires.all().stream().map(VersionView::of).toList();
    }

    /** A new draft version; the body is the questionnaire document (title, weights, items, recommend texts). */
    @POST
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response draft(JsonValue body, @Context UriInfo uri) {
        JsonObject definition = object(body);
        QuestionnaireVersion created = questionnaires.draft(v -> QuestionnaireJson.read(v, definition));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(VersionView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public VersionView redefine(@PathParam("id") String id, JsonValue body) {
        JsonObject definition = object(body);
        return VersionView.of(questionnaires.redefine(id, v -> QuestionnaireJson.read(v, definition)));
    }

    @POST
    @Path("{id}/publish")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public VersionView publish(@PathParam("id") String id) {
        return VersionView.of(questionnaires.publish(id));
    }

    private static JsonObject object(JsonValue body) {
        if (!(body instanceof JsonObject definition)) {
            throw org.dealerplatform.core.web.ApiException.invalid("body", "must be a questionnaire document (a JSON object)");
        }
        return definition;
    }
}
