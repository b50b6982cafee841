package dev.plugbay.domain.config;

import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a manifest's {@code configSchema} and collects every problem before failing.
 *
 * <p>JSON types are strict: {@code "min": "5"} is an error, never read as 5. A field's cross-key rules
 * ({@link FieldDefinition#definitionProblems}, such as {@code min <= max} or a default within bounds) are
 * checked once each of its keys is well-formed on its own; checking them against a malformed key
 * would only add follow-on errors about the same mistake.
 */
final class ConfigSchemaParser {

    private static final String ROOT = "configSchema";
    private static final List<String> DEFINITION_KEYS = List.of("type", "default", "min", "max", "enum", "description");

    private final List<Violation> violations = new ArrayList<>();

    private ConfigSchemaParser() {
    }

    static ConfigSchema parse(JsonValue json) {
        return new ConfigSchemaParser().schema(json);
    }

    private ConfigSchema schema(JsonValue json) {
        Map<String, ConfigField> fields = new LinkedHashMap<>();
        if (json instanceof JsonObject schema) {
            schema.members().forEach((name, definition) ->
                    field(name, definition).ifPresent(field -> fields.put(name, field)));
        } else {
            report(ROOT, "must be an object, not " + json.typeName());
        }
        if (!violations.isEmpty()) {
            throw new InvalidManifestException("Invalid configSchema", violations);
        }
        return new ConfigSchema(fields);
    }

    private Optional<ConfigField> field(String name, JsonValue definition) {
        String path = ROOT + "." + name;
        if (!ConfigField.isValidName(name)) {
            report(path, "is not a valid field name: use 1 to 64 letters, digits, '_' or '-', "
                    + "starting with a letter or '_'");
            return Optional.empty();
        }
        if (!(definition instanceof JsonObject members)) {
            report(path, "must be an object, not " + definition.typeName());
            return Optional.empty();
        }
        int violationsBefore = violations.size();
        members.members().keySet().stream()
                .filter(key -> !DEFINITION_KEYS.contains(key))
                .forEach(key -> report(path + "." + key,
                        "is not a known key; use type, default, min, max, enum or description"));
        Optional<ConfigFieldType> type = type(path, members);
        Optional<JsonValue> defaultValue = members.get("default");
        Optional<BigDecimal> min = optionalNumber(path, members, "min");
        Optional<BigDecimal> max = optionalNumber(path, members, "max");
        List<String> allowedValues = allowedValues(path, members);
        String description = description(path, members);
        if (violations.size() > violationsBefore) {
            return Optional.empty();
        }
        List<FieldDefinition.DefinitionProblem> problems =
                FieldDefinition.definitionProblems(type.orElseThrow(), defaultValue, min, max, allowedValues);
        problems.forEach(problem -> report(path + "." + problem.key(), problem.message()));
        return problems.isEmpty()
                ? Optional.of(ConfigField.of(name, type.orElseThrow(), defaultValue, min, max, allowedValues, description))
                : Optional.empty();
    }

    private Optional<ConfigFieldType> type(String path, JsonObject definition) {
        Optional<JsonValue> value = definition.get("type");
        if (value.isEmpty()) {
            report(path + ".type", "is required");
            return Optional.empty();
        }
        if (!(value.get() instanceof JsonString wireName)) {
            report(path + ".type", "must be a string, not " + value.get().typeName());
            return Optional.empty();
        }
        Optional<ConfigFieldType> type = ConfigFieldType.fromWireName(wireName.value());
        if (type.isEmpty()) {
            report(path + ".type", "must be one of string, number, boolean, select, not \"" + MessageBounds.quote(wireName.value()) + "\"");
        }
        return type;
    }

    private Optional<BigDecimal> optionalNumber(String path, JsonObject definition, String key) {
        Optional<JsonValue> value = definition.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonNumber number) {
            return Optional.of(number.value());
        }
        report(path + "." + key, "must be a number, not " + value.get().typeName());
        return Optional.empty();
    }

    private List<String> allowedValues(String path, JsonObject definition) {
        Optional<JsonValue> value = definition.get("enum");
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof JsonArray array)) {
            report(path + ".enum", "must be an array of strings, not " + value.get().typeName());
            return List.of();
        }
        if (array.elements().isEmpty()) {
            report(path + ".enum", "must list at least one value");
        }
        List<String> allowed = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            if (element instanceof JsonString string) {
                allowed.add(string.value());
            } else {
                report(path + ".enum[" + i + "]", "must be a string, not " + element.typeName());
            }
        }
        return allowed;
    }

    private String description(String path, JsonObject definition) {
        Optional<JsonValue> value = definition.get("description");
        if (value.isEmpty()) {
            return "";
        }
        if (value.get() instanceof JsonString string) {
            return string.value();
        }
        report(path + ".description", "must be a string, not " + value.get().typeName());
        return "";
    }

    private void report(String path, String message) {
        violations.add(Violation.ofField(path, message));
    }
}
