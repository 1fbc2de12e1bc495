package org.dealerplatform.core.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem documents; the only error body the API ever returns. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
