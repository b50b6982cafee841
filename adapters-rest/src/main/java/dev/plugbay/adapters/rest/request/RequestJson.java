package dev.plugbay.adapters.rest.request;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.Optional;

/**
 * Request bodies, read by the domain's strict JSON reader (duplicate keys, trailing garbage and
 * nesting past 64 are refused) and taken apart with strict types: a string is never a boolean.
 */
public final class RequestJson {

    private RequestJson() {
    }

    /** The body as a JSON object; an absent, blank, malformed or non-object body is {@code INVALID_REQUEST}. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("A JSON object is required as the request body");
        }
        JsonValue value = JsonReader.parse(body);
        if (!(value instanceof JsonObject object)) {
            throw new InvalidRequestException("The request body must be a JSON object, not " + value.typeName());
        }
        return object;
    }

    public static String requiredString(JsonObject object, String name) {
        return optionalString(object, name).orElseThrow(() -> missing(name, "a string"));
    }

    /** The member's text; absent or {@code null} is empty, any other type is refused. */
    public static Optional<String> optionalString(JsonObject object, String name) {
        Optional<JsonValue> value = object.get(name).filter(present -> present != JsonNull.INSTANCE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof JsonString string)) {
            throw wrongType(name, "a string", value.get());
        }
        return Optional.of(string.value());
    }

    public static boolean requiredBoolean(JsonObject object, String name) {
        JsonValue value = object.get(name).filter(present -> present != JsonNull.INSTANCE)
                .orElseThrow(() -> missing(name, "true or false"));
        if (!(value instanceof JsonBoolean bool)) {
            throw wrongType(name, "true or false", value);
        }
        return bool.value();
    }

    private static InvalidRequestException missing(String name, String expected) {
        return new InvalidRequestException("'" + name + "' is required and must be " + expected);
    }

    private static InvalidRequestException wrongType(String name, String expected, JsonValue actual) {
        return new InvalidRequestException("'" + name + "' must be " + expected + ", not " + actual.typeName());
    }
}
