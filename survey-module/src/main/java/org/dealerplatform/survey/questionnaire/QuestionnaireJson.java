package org.dealerplatform.survey.questionnaire;

import jakarta.json.spi.JsonProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.scores.Dimension;

/**
 * A questionnaire's content as JSON: how it is stored (one column per version) and how the
 * association sends a new version. The version number is never part of the content.
 */
public final class QuestionnaireJson {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private QuestionnaireJson() {
    }

    public static JsonObject write(Questionnaire q) {
        JsonObjectBuilder weights = JSON.createObjectBuilder();
        q.weights().forEach((d, w) -> weights.add(d.name(), w));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (Item i : q.items()) {
            items.add(JSON.createObjectBuilder().add("code", i.code()).add("dimension", i.dimension().name())
                    .add("textZh", i.textZh()).add("textEn", i.textEn()).add("required", i.required()));
        }
        return JSON.createObjectBuilder().add("title", q.title()).add("weights", weights).add("items", items)
                .add("recommendZh", q.recommendZh()).add("recommendEn", q.recommendEn()).build();
    }

    public static Questionnaire read(int version, String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return read(version, reader.readObject());
        } catch (JsonException | ClassCastException e) {
            throw new RuleViolation("definition", "is not a questionnaire document");
        }
    }

    /** Reads what a client sent; every shape error is a rule violation naming the field. */
    public static Questionnaire read(int version, JsonObject o) {
        Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
        JsonObject w = object(o, "weights");
        for (String key : w.keySet()) {
            Dimension d = dimension("weights", key);
            if (!(w.get(key) instanceof JsonNumber n)) {
                throw new RuleViolation("weights." + key, "must be a number");
            }
            weights.put(d, n.doubleValue());
        }
        List<Item> items = new ArrayList<>();
        JsonValue list = o.get("items");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new RuleViolation("items", "must be a list of items");
        }
        for (JsonValue v : list.asJsonArray()) {
            if (!(v instanceof JsonObject item)) {
                throw new RuleViolation("items", "must be a list of items");
            }
            JsonValue required = item.get("required");
            items.add(new Item(text(item, "code"), dimension("items.dimension", text(item, "dimension")),
                    text(item, "textZh"), text(item, "textEn"), required == null || required == JsonValue.TRUE));
        }
        return new Questionnaire(version, text(o, "title"), weights, items, text(o, "recommendZh"),
                text(o, "recommendEn"));
    }

    private static JsonObject object(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonObject object)) {
            throw new RuleViolation(field, "must be an object");
        }
        return object;
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new RuleViolation(field, "must be text");
        }
        return s.getString();
    }

    private static Dimension dimension(String field, String name) {
        try {
            return Dimension.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation(field, "must be one of ADVISOR, TIME, QUALITY, PRICE, FACILITIES");
        }
    }
}
