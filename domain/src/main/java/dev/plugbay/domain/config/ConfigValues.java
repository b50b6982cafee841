package dev.plugbay.domain.config;

import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The config values stored for one installation, in order. Holds no JSON null: a null member means
 * "unset, read the default" and is left out. Only a {@link ConfigSchema} validates values; building
 * them directly (as when reading storage back) does not.
 */
public record ConfigValues(Map<String, JsonValue> values) {

    public static final ConfigValues EMPTY = new ConfigValues(Map.of());

    public ConfigValues {
        Map<String, JsonValue> set = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (Objects.requireNonNull(value, "value") != JsonNull.INSTANCE) {
                set.put(Objects.requireNonNull(key, "key"), value);
            }
        });
        values = Collections.unmodifiableMap(set);
    }

    public static ConfigValues fromJson(JsonObject json) {
        return new ConfigValues(json.members());
    }

    public JsonObject toJson() {
        return new JsonObject(values);
    }
}
