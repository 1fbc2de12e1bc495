package org.dealerplatform.core.web;

import jakarta.json.spi.JsonProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem documents; the only error body the API ever returns. */
public final class Problem {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
