package dev.plugbay.domain.config;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code string} field: any text, or only its allowed values (the manifest's {@code enum}) when it lists some. */
public record TextField(String name, Optional<JsonValue> defaultValue, List<String> allowedValues, String description)
        implements ConfigField {

    public TextField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        allowedValues = List.copyOf(allowedValues);
        Objects.requireNonNull(description, "description");
        FieldDefinition.require(name, ConfigFieldType.STRING, defaultValue, Optional.empty(), Optional.empty(), allowedValues);
    }

    @Override
    public ConfigFieldType type() {
        return ConfigFieldType.STRING;
    }

    @Override
    public Optional<String> check(JsonValue value) {
        return FieldDefinition.checkValue(ConfigFieldType.STRING, Optional.empty(), Optional.empty(), allowedValues, value);
    }

    @Override
    public JsonObject toJson() {
        return FieldDefinition.toJson(ConfigFieldType.STRING, defaultValue, Optional.empty(), Optional.empty(), allowedValues,
                description);
    }
}
