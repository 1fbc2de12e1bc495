package org.dealerplatform.survey.collection;

import jakarta.json.spi.JsonProvider;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.dealerplatform.survey.alerting.Callbacks;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.survey.questionnaire.QuestionnaireJson;

/**
 * The anonymous JSON side of a survey: what to ask (with a start ticket), and where to send the
 * answers. Every submission carries an {@code Idempotency-Key}; a retry with the same key and
 * answers gets the same response and never counts twice (marked {@code Idempotent-Replayed:
 * true}), the same key with other answers is 422. The answer is {@code 201 {"id": "..."}}, with a
 * {@code contactOffer} when the answers call for a call-back, and nothing more, replay or not:
 * the sender never learns how screening classified the sample.
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

    @Inject
    Callbacks callbacks;

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
        // phone number rated this shop lately; staff read them through GET /api/v1/review/responses/{id}.
        // The call-back offer follows from the answers alone, which the sender knows anyway.
        JsonObjectBuilder answer = JSON.createObjectBuilder().add("id", outcome.id());
        callbacks.offerFor(token, outcome.id()).ifPresent(offer -> answer.add("contactOffer",
                JSON.createObjectBuilder().add("consentVersion", offer.consentVersion())
                        .add("textZh", offer.zh().text()).add("textEn", offer.en().text())));
        return Response.status(201)
                .header("Idempotent-Replayed", outcome.replayed() ? "true" : null)
                .entity(answer.build())
                .build();
    }

    /**
     * The customer's consent to a call-back about the sample just submitted: 204 when kept; 404
     * when no call-back was offered for it (or the hour is over), exactly like an unknown id.
     */
    @POST
    @Path("responses/{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @SurveyBody
    public Response contact(@PathParam("token") String token, @PathParam("id") String id, JsonValue body) {
        if (!(body instanceof JsonObject consent)) {
            throw ApiException.invalid("body", "send a JSON object {phone, consentVersion}");
        }
        callbacks.accept(token, id, text(consent, "phone"), text(consent, "consentVersion"));
        return Response.noContent().build();
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof jakarta.json.JsonString string)) {
            throw ApiException.invalid(field, "must be a string");
        }
        return string.getString();
    }
}
