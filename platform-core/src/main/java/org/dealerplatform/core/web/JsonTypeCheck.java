package org.dealerplatform.core.web;

import jakarta.json.spi.JsonProvider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON body against the request record before it is bound: every member must be a
 * component of the record and have its JSON type. JSON-B alone is lenient ({@code "yes"} becomes
 * {@code false}, {@code 17} becomes {@code "17"}) and would let a wrong type quietly change data;
 * here it is a 400 naming the field.
 */
@Provider
public class JsonTypeCheck implements ReaderInterceptor {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (!type.isRecord() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        JsonValue json = parse(body);
        if (json != null) {
            if (!(json instanceof JsonObject object)) {
                throw ApiException.invalid("body", "must be a JSON object");
            }
            check(object, type);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(JsonObject object, Class<?> record) {
        Map<String, RecordComponent> components = new java.util.HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        List<FieldError> errors = new ArrayList<>();
        object.forEach((name, value) -> {
            RecordComponent component = components.get(name);
            if (component == null) {
                errors.add(new FieldError(name, "unknown field"));
            } else if (value.getValueType() != JsonValue.ValueType.NULL && !fits(component.getType(), value)) {
                errors.add(new FieldError(name, "has the wrong type"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static boolean fits(Class<?> javaType, JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> javaType == String.class || javaType.isEnum();
            case TRUE, FALSE -> javaType == Boolean.class || javaType == boolean.class;
            case NUMBER -> Number.class.isAssignableFrom(javaType) || javaType.isPrimitive() && javaType != boolean.class;
            case ARRAY -> Collection.class.isAssignableFrom(javaType) || javaType.isArray();
            case OBJECT -> !javaType.isPrimitive() && javaType != String.class && !Number.class.isAssignableFrom(javaType)
                    && javaType != Boolean.class && !Collection.class.isAssignableFrom(javaType);
            default -> false;
        };
    }

    private static JsonValue parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw ApiException.invalid("body", "malformed JSON");
        }
    }
}
