package org.dealerplatform.survey.collection;

import jakarta.json.spi.JsonProvider;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dealerplatform.core.security.PublicAccess;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.survey.questionnaire.QuestionnaireJson;

/**
 * The anonymous JSON side of a survey: what to ask (with a start ticket), and where to send the
 * answers. Every submission carries an {@code Idempotency-Key}; a retry with the same key and
 * answers gets the same response and never counts twice (marked {@code Idempotent-Replayed:
 * true}), the same key with other answers is 422. The answer is {@code 201 {"id": "..."}} and
 * nothing more, replay or not: the sender never learns how screening classified the sample.
 */
@Path("api/v1/public/surveys/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class PublicSurveysResource {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Submissions submissions;

    @Inject
    SurveyForms forms;

    @Inject
    Visitors visitors;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject survey(@PathParam("token") String token) {
        SurveyForms.Form form = forms.open(token);
        if (!form.open()) {
            throw new ApiException(410, "Gone", "this survey code is no longer in use");
        }
        JsonArrayBuilder advisors = JSON.createArrayBuilder();
        form.advisors().forEach(a -> advisors.add(JSON.createObjectBuilder().add("id", a.id()).add("name", a.name())));
        return JSON.createObjectBuilder()
                .add("shop", JSON.createObjectBuilder().add("name", form.shop().name())
                        .add("brand", form.shop().brandNameZh()).add("city", form.shop().city()))
                .add("advisors", advisors)
                .add("preselectedAdvisorId", form.link().advisorId() == null ? "" : form.link().advisorId())
                .add("questionnaireVersion", form.questionnaire().version())
                .add("questionnaire", QuestionnaireJson.write(form.questionnaire()))
                .add("ticket", form.ticket())
                .build();
    }

    @POST
    @Path("responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @SurveyBody
    public Response submit(@PathParam("token") String token, @HeaderParam("Idempotency-Key") String key,
                           JsonValue body) {
        SurveyInput input = SurveyInputJson.read(body);
        Outcome outcome = submissions.submit(token, input, visitors.of(request, key));
        // the id only: status and reasons would teach a bot which rule fired, and tell anyone whether a
        // phone number rated this shop lately; staff read them through GET /api/v1/review/responses/{id}
        return Response.status(201)
                .header("Idempotent-Replayed", outcome.replayed() ? "true" : null)
                .entity(JSON.createObjectBuilder().add("id", outcome.id()).build())
                .build();
    }
}
