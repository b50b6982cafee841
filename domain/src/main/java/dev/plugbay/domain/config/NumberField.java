package dev.plugbay.domain.config;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code number} field, within its bounds when it has them. */
public record NumberField(String name, Optional<JsonValue> defaultValue, Optional<BigDecimal> min, Optional<BigDecimal> max,
        String description) implements ConfigField {

    public NumberField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(description, "description");
        FieldDefinition.require(name, ConfigFieldType.NUMBER, defaultValue, min, max, List.of());
    }

    @Override
    public ConfigFieldType type() {
        return ConfigFieldType.NUMBER;
    }

    @Override
    public Optional<String> check(JsonValue value) {
        return FieldDefinition.checkValue(ConfigFieldType.NUMBER, min, max, List.of(), value);
    }

    @Override
    public JsonObject toJson() {
        return FieldDefinition.toJson(ConfigFieldType.NUMBER, defaultValue, min, max, List.of(), description);
    }
}
