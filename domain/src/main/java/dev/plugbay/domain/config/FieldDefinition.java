package dev.plugbay.domain.config;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The definition rules of a config field, shared by every way a field is built (the manifest's
 * {@code configSchema} and code):
 * <ul>
 *   <li>the name matches {@code ^[A-Za-z_][A-Za-z0-9_-]{0,63}$}; no dots, so that a violation path
 *       such as {@code configSchema.retries.max} can only be read one way;</li>
 *   <li>{@code allowedValues} (the manifest's {@code enum}) is required and non-empty on {@code select};
 *       on {@code string} it is optional and, when non-empty, restricts the value to its members;
 *       on {@code number} and {@code boolean} it is rejected. It never lists a value twice;</li>
 *   <li>{@code min} and {@code max} are only allowed on {@code number}, and {@code min <= max};</li>
 *   <li>a default must itself pass the field's check.</li>
 * </ul>
 * The manifest reader reports every broken rule at its key; a {@link ConfigField} variant cannot
 * even hold bounds or choices its type does not allow, and checks the rest when it is built.
 */
final class FieldDefinition {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

    private FieldDefinition() {
    }

    static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Refuses, naming every broken rule, parts that do not form a valid field. */
    static void require(String name, ConfigFieldType type, Optional<JsonValue> defaultValue, Optional<BigDecimal> min,
            Optional<BigDecimal> max, List<String> allowedValues) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid config field name: " + name);
        }
        List<DefinitionProblem> problems = definitionProblems(type, defaultValue, min, max, allowedValues);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid config field " + name + ": " + problems);
        }
    }

    /** The field definition as it appears under its name in {@code configSchema}. */
    static JsonObject toJson(ConfigFieldType type, Optional<JsonValue> defaultValue, Optional<BigDecimal> min,
            Optional<BigDecimal> max, List<String> allowedValues, String description) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("type", new JsonString(type.wireName()));
        defaultValue.ifPresent(value -> members.put("default", value));
        min.ifPresent(bound -> members.put("min", new JsonNumber(bound)));
        max.ifPresent(bound -> members.put("max", new JsonNumber(bound)));
        if (!allowedValues.isEmpty()) {
            members.put("enum", new JsonArray(allowedValues.stream().<JsonValue>map(JsonString::new).toList()));
        }
        if (!description.isEmpty()) {
            members.put("description", new JsonString(description));
        }
        return new JsonObject(members);
    }

    /** A broken definition rule: the definition key it is about ({@code enum}, {@code min}, ...) and why. */
    record DefinitionProblem(String key, String message) {
    }

    /** Every definition rule these parts break, in a stable order; empty when they form a valid field. */
    static List<DefinitionProblem> definitionProblems(
            ConfigFieldType type,
            Optional<JsonValue> defaultValue,
            Optional<BigDecimal> min,
            Optional<BigDecimal> max,
            List<String> allowedValues) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (type == ConfigFieldType.SELECT && allowedValues.isEmpty()) {
            problems.add(new DefinitionProblem("enum", "a select field needs a non-empty enum"));
        }
        if ((type == ConfigFieldType.NUMBER || type == ConfigFieldType.BOOLEAN) && !allowedValues.isEmpty()) {
            problems.add(new DefinitionProblem("enum", "is only allowed on string and select fields"));
        }
        firstDuplicate(allowedValues).ifPresent(duplicate ->
                problems.add(new DefinitionProblem("enum", "lists \"" + MessageBounds.quote(duplicate) + "\" more than once")));
        if (type != ConfigFieldType.NUMBER) {
            min.ifPresent(bound -> problems.add(new DefinitionProblem("min", "is only allowed on number fields")));
            max.ifPresent(bound -> problems.add(new DefinitionProblem("max", "is only allowed on number fields")));
        } else if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            problems.add(new DefinitionProblem("min", "must not be greater than max ("
                    + MessageBounds.number(min.get()) + " > " + MessageBounds.number(max.get()) + ")"));
        }
        defaultValue.flatMap(value -> checkValue(type, min, max, allowedValues, value))
                .ifPresent(message -> problems.add(new DefinitionProblem("default", message)));
        return problems;
    }

    static Optional<String> checkValue(
            ConfigFieldType type,
            Optional<BigDecimal> min,
            Optional<BigDecimal> max,
            List<String> allowedValues,
            JsonValue value) {
        return switch (type) {
            case STRING, SELECT -> value instanceof JsonString string
                    ? checkMembership(allowedValues, string.value())
                    : wrongType(type, value);
            case NUMBER -> value instanceof JsonNumber number
                    ? checkBounds(min, max, number.value())
                    : wrongType(type, value);
            case BOOLEAN -> value instanceof JsonBoolean ? Optional.empty() : wrongType(type, value);
        };
    }

    private static Optional<String> wrongType(ConfigFieldType expected, JsonValue actual) {
        String wanted = expected == ConfigFieldType.SELECT ? "string" : expected.wireName();
        return Optional.of("must be a " + wanted + ", not " + actual.typeName());
    }

    private static Optional<String> checkMembership(List<String> allowedValues, String value) {
        if (allowedValues.isEmpty() || allowedValues.contains(value)) {
            return Optional.empty();
        }
        String choices = MessageBounds.quote(allowedValues.stream().map(choice -> "\"" + choice + "\"")
                .collect(Collectors.joining(", ")));
        return Optional.of("must be one of " + choices + ", not \"" + MessageBounds.quote(value) + "\"");
    }

    private static Optional<String> checkBounds(Optional<BigDecimal> min, Optional<BigDecimal> max, BigDecimal value) {
        if (min.isPresent() && value.compareTo(min.get()) < 0) {
            return Optional.of("must be at least " + MessageBounds.number(min.get()) + ", not " + MessageBounds.number(value));
        }
        if (max.isPresent() && value.compareTo(max.get()) > 0) {
            return Optional.of("must be at most " + MessageBounds.number(max.get()) + ", not " + MessageBounds.number(value));
        }
        return Optional.empty();
    }

    private static Optional<String> firstDuplicate(List<String> values) {
        Set<String> seen = new HashSet<>();
        return values.stream().filter(value -> !seen.add(value)).findFirst();
    }
}
