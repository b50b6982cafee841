package dev.plugbay.adapters.rest;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.List;

/** Reads members out of response documents in assertions. */
final class Json {

    private Json() {
    }

    static JsonValue member(JsonValue object, String name) {
        return ((JsonObject) object).get(name).orElseThrow(() -> new AssertionError("no member " + name + " in " + object.toJson()));
    }

    static String text(JsonValue object, String name) {
        return ((JsonString) member(object, name)).value();
    }

    static boolean flag(JsonValue object, String name) {
        return ((JsonBoolean) member(object, name)).value();
    }

    static long number(JsonValue object, String name) {
        return ((JsonNumber) member(object, name)).value().longValueExact();
    }

    static List<JsonValue> elements(JsonValue object, String name) {
        return ((JsonArray) member(object, name)).elements();
    }

    static List<String> ids(List<JsonValue> views) {
        return views.stream().map(view -> text(view, "id")).toList();
    }

    /** A JSON string literal for {@code text}, for building request bodies. */
    static String quoted(String text) {
        return new JsonString(text).toJson();
    }
}
