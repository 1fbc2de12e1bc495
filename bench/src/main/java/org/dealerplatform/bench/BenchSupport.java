package org.dealerplatform.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** What every benchmark reads the same way: its settings from the environment, JSON answers. */
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
}
