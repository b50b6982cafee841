package dev.plugbay.domain.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A JSON object; members keep their insertion order. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        Objects.requireNonNull(members, "members");
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
        members.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "member name"),
                Objects.requireNonNull(value, "member value")));
        members = Collections.unmodifiableMap(copy);
    }

    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public boolean has(String name) {
        return members.containsKey(name);
    }

    /** A copy with one member added or replaced. */
    public JsonObject with(String name, JsonValue value) {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.put(name, value);
        return new JsonObject(copy);
    }

    @Override
    public String typeName() {
        return "object";
    }
}
