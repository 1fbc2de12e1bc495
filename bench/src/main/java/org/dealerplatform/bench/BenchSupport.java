package org.dealerplatform.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.devstack.KeycloakServer;
import org.dealerplatform.devstack.PlatformDatabase;

/**
 * What every benchmark does the same way: its settings from the environment, JSON answers, the
 * platform's settings for the stack it started.
 */
final class BenchSupport {

    private BenchSupport() {
    }

    /** A whole-number setting such as {@code BENCH_CLIENTS}; unset or blank means the fallback. */
    static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /**
     * The platform's settings on a benchmark's own database and Keycloak: the demo realm's
     * published client secrets, which the platform accepts only in demo mode. A benchmark adds
     * what it measures differently (mail, trusted proxies, timing rules).
     */
    static Map<String, String> demoPlatformConfig(PlatformDatabase database, KeycloakServer keycloak) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("DB_URL", database.jdbcUrl());
        config.put("DB_USER", database.user());
        config.put("DB_PASSWORD", database.password());
        config.put("KEYCLOAK_URL", keycloak.url());
        config.put("KEYCLOAK_BACKCHANNEL_URL", keycloak.url());
        config.put("PLATFORM_CLIENT_SECRET", "demo-web-secret");
        config.put("KEYCLOAK_PROVISIONER_SECRET", "demo-provisioner-secret");
        config.put("PLATFORM_MODE", "demo");
        return config;
    }
}
