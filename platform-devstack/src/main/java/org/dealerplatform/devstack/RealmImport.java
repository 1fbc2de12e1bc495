package org.dealerplatform.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the realm file Keycloak imports at start. The production realm ships without people,
 * client secrets or localhost redirects; the demo users, secrets and redirects live in separate
 * files so they can never reach a production import by accident.
 */
public final class RealmImport {

    public static final String REALM_FILE = "dealer-platform-realm.json";
    public static final String DEMO_USERS_FILE = "demo-users.json";
    public static final String DEMO_CLIENTS_FILE = "demo-clients.json";

    private RealmImport() {
    }

    /** Writes the (merged) realm into {@code importDir} and returns the written file. */
    public static Path write(Path realmDir, Path importDir, boolean withDemoUsers) {
        try {
            String realm = Files.readString(realmDir.resolve(REALM_FILE), StandardCharsets.UTF_8);
            if (withDemoUsers) {
                realm = withUsers(realm, Files.readString(realmDir.resolve(DEMO_USERS_FILE), StandardCharsets.UTF_8));
                if (Files.exists(realmDir.resolve(DEMO_CLIENTS_FILE))) {
                    realm = withClients(realm, Files.readString(realmDir.resolve(DEMO_CLIENTS_FILE), StandardCharsets.UTF_8));
                }
            }
            Files.createDirectories(importDir);
            return Files.writeString(importDir.resolve(REALM_FILE), realm, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Keycloak realm import from " + realmDir, e);
        }
    }

    /**
     * Appends the users of a JSON array to the realm's {@code users}, keeping those already there.
     * The demo passwords equal the usernames (see API.md), which the production password policy
     * rightly refuses, so a realm with demo users has no password policy.
     */
    static String withUsers(String realmJson, String usersJson) {
        JsonObject realm = read(realmJson).asJsonObject();
        JsonArrayBuilder users = Json.createArrayBuilder();
        JsonValue existing = realm.get("users");
        if (existing instanceof JsonArray) {
            existing.asJsonArray().forEach(users::add);
        }
        read(usersJson).asJsonArray().forEach(users::add);
        return pretty(Json.createObjectBuilder(realm).add("users", users).remove("passwordPolicy").build());
    }

    /**
     * Merges the demo clients into the realm's clients. An entry whose {@code clientId} the realm
     * already has completes that client: the demo secrets and the {@code http://localhost:*}
     * redirects, which the production realm file does not carry (its fields are overlaid, its
     * {@code attributes} added key by key). Any other entry (the password-grant client for
     * scripts) is appended.
     */
    static String withClients(String realmJson, String clientsJson) {
        JsonObject realm = read(realmJson).asJsonObject();
        Map<String, JsonObject> demo = new LinkedHashMap<>();
        read(clientsJson).asJsonArray().forEach(c -> demo.put(c.asJsonObject().getString("clientId"), c.asJsonObject()));
        JsonArrayBuilder clients = Json.createArrayBuilder();
        JsonValue existing = realm.get("clients");
        if (existing instanceof JsonArray) {
            for (JsonValue value : existing.asJsonArray()) {
                JsonObject client = value.asJsonObject();
                JsonObject overlay = demo.remove(client.getString("clientId", ""));
                clients.add(overlay == null ? client : overlaid(client, overlay));
            }
        }
        demo.values().forEach(clients::add);
        return pretty(Json.createObjectBuilder(realm).add("clients", clients).build());
    }

    private static JsonObject overlaid(JsonObject client, JsonObject overlay) {
        JsonObjectBuilder merged = Json.createObjectBuilder(client);
        overlay.forEach((field, value) -> {
            if ("attributes".equals(field) && client.get(field) instanceof JsonObject attributes) {
                merged.add(field, Json.createObjectBuilder(attributes).addAll(Json.createObjectBuilder(value.asJsonObject())));
            } else {
                merged.add(field, value);
            }
        });
        return merged.build();
    }

    private static String pretty(JsonObject merged) {
        StringWriter out = new StringWriter();
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = writers.createWriter(out)) {
            writer.write(merged);
        }
        return out.toString();
    }

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
