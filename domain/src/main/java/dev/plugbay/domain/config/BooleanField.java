package dev.plugbay.domain.config;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code boolean} field. */
public record BooleanField(String name, Optional<JsonValue> defaultValue, String description) implements ConfigField {

    public BooleanField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        FieldDefinition.require(name, ConfigFieldType.BOOLEAN, defaultValue, Optional.empty(), Optional.empty(), List.of());
    }

    @Override
    public ConfigFieldType type() {
        return ConfigFieldType.BOOLEAN;
    }

    @Override
    public Optional<String> check(JsonValue value) {
        return FieldDefinition.checkValue(ConfigFieldType.BOOLEAN, Optional.empty(), Optional.empty(), List.of(), value);
    }

    @Override
    public JsonObject toJson() {
        return FieldDefinition.toJson(ConfigFieldType.BOOLEAN, defaultValue, Optional.empty(), Optional.empty(), List.of(),
                description);
    }
}
