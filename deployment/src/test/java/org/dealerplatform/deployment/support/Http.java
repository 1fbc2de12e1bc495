package org.dealerplatform.deployment.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A small JSON API client for the tests, speaking HTTP to the running platform. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String token;
    private final java.util.Map<String, String> headers;

    private Http(String base, String token, java.util.Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    public static Http anonymous(String base) {
        return new Http(base, null, java.util.Map.of());
    }

    public Http as(String bearerToken) {
        return new Http(base, bearerToken, headers);
    }

    /**
     * This client with one more header on every request: the {@code Origin} a browser sends, a
     * {@code Cookie}, or an {@code X-Forwarded-For} through which the test stack's trusted proxy
     * (127.0.0.1) presents another client address.
     */
    public Http with(String header, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(header, value);
        return new Http(base, token, java.util.Map.copyOf(more));
    }

    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        public List<String> itemIds() {
            return items().getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
        }

        public List<String> fieldErrors() {
            JsonObject problem = json();
            return problem.containsKey("errors") ? problem.getJsonArray("errors").getValuesAs(JsonObject.class)
                    .stream().map(o -> o.getString("field")).toList() : List.of();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** A GET as a browser makes it, asking for HTML. */
    public Answer getPage(String path) {
        return send(request(path).setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    public Answer post(String path, JsonStructure body) {
        return postRaw(path, body.toString());
    }

    public Answer postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON POST with one extra header (null value: header left out). */
    public Answer postWithHeader(String path, String header, String value, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (value != null) {
            request.header(header, value);
        }
        return send(request);
    }

    /** An HTML form POST, as a browser without JavaScript sends it. */
    public Answer postForm(String path, String encodedForm) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .setHeader("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(encodedForm)));
    }

    public Answer patch(String path, JsonStructure body) {
        return patchRaw(path, body.toString());
    }

    public Answer patchRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer put(String path, JsonStructure body) {
        return send("PUT", path, body);
    }

    public Answer send(String method, String path, JsonValue body) {
        return switch (method) {
            case "GET" -> get(path);
            case "POST" -> postRaw(path, body == null ? "{}" : body.toString());
            case "PATCH" -> patchRaw(path, body == null ? "{}" : body.toString());
            case "PUT" -> send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body.toString())));
            default -> throw new IllegalArgumentException(method);
        };
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::setHeader);
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
