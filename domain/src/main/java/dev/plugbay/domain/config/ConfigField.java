package dev.plugbay.domain.config;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One declared config field, as one variant per type: {@link TextField} (optionally restricted to
 * its allowed values), {@link NumberField} (optional bounds), {@link BooleanField} and
 * {@link SelectField} (one of its options). Each holds only what its type allows, so bounds on text
 * or choices on a number cannot be built; the rest of the definition rules ({@link FieldDefinition})
 * are checked when a field is built. A config form follows from the variant: a text input, a number
 * input with its bounds, a checkbox, a choice.
 */
public sealed interface ConfigField permits TextField, NumberField, BooleanField, SelectField {

    String name();

    ConfigFieldType type();

    Optional<JsonValue> defaultValue();

    String description();

    /**
     * Why {@code value} is not acceptable for this field, or empty when it is. The one rule used for
     * defaults, replaced and merged values, and values carried over by an upgrade.
     */
    Optional<String> check(JsonValue value);

    /** The field definition as it appears under its name in {@code configSchema}. */
    JsonObject toJson();

    static boolean isValidName(String name) {
        return FieldDefinition.isValidName(name);
    }

    /** A field of this type with no default, bounds, allowed values or description. */
    static ConfigField of(String name, ConfigFieldType type) {
        return of(name, type, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "");
    }

    /**
     * The field a definition's parts describe, as its type's variant; parts that break a definition
     * rule are refused with an {@link IllegalArgumentException} that names every broken rule.
     */
    static ConfigField of(String name, ConfigFieldType type, Optional<JsonValue> defaultValue, Optional<BigDecimal> min,
            Optional<BigDecimal> max, List<String> allowedValues, String description) {
        FieldDefinition.require(name, type, defaultValue, min, max, allowedValues);
        return switch (type) {
            case STRING -> new TextField(name, defaultValue, allowedValues, description);
            case NUMBER -> new NumberField(name, defaultValue, min, max, description);
            case BOOLEAN -> new BooleanField(name, defaultValue, description);
            case SELECT -> new SelectField(name, defaultValue, allowedValues, description);
        };
    }
}
