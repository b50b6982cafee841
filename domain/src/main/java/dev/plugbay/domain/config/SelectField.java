package dev.plugbay.domain.config;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code select} field: one of its options (the manifest's {@code enum}, never empty). */
public record SelectField(String name, Optional<JsonValue> defaultValue, List<String> options, String description)
        implements ConfigField {

    public SelectField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        options = List.copyOf(options);
        Objects.requireNonNull(description, "description");
        FieldDefinition.require(name, ConfigFieldType.SELECT, defaultValue, Optional.empty(), Optional.empty(), options);
    }

    @Override
    public ConfigFieldType type() {
        return ConfigFieldType.SELECT;
    }

    @Override
    public Optional<String> check(JsonValue value) {
        return FieldDefinition.checkValue(ConfigFieldType.SELECT, Optional.empty(), Optional.empty(), options, value);
    }

    @Override
    public JsonObject toJson() {
        return FieldDefinition.toJson(ConfigFieldType.SELECT, defaultValue, Optional.empty(), Optional.empty(), options,
                description);
    }
}
