package dev.plugbay.domain.config;

import static dev.plugbay.domain.testing.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.testing.JsonText;
import dev.plugbay.domain.config.FieldDefinition.DefinitionProblem;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigFieldTest {

    private static final ConfigField TEXT = ConfigField.of("text", ConfigFieldType.STRING);
    private static final ConfigField COLOUR = field(ConfigFieldType.STRING, null, null, null, List.of("red", "green"));
    private static final ConfigField RETRIES = field(ConfigFieldType.NUMBER, null, "1", "10", List.of());
    private static final ConfigField ENABLED = ConfigField.of("enabled", ConfigFieldType.BOOLEAN);
    private static final ConfigField MODE = field(ConfigFieldType.SELECT, null, null, null, List.of("fast", "slow"));

    @ParameterizedTest
    @EnumSource(ConfigFieldType.class)
    void typeRoundTripsThroughItsWireName(ConfigFieldType type) {
        assertEquals(Optional.of(type), ConfigFieldType.fromWireName(type.wireName()));
    }

    @Test
    void wireNamesAreTheManifestSpelling() {
        assertEquals(List.of("string", "number", "boolean", "select"),
                Stream.of(ConfigFieldType.values()).map(ConfigFieldType::wireName).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"integer", "Number", "STRING", "", "enum"})
    void unknownWireNamesHaveNoType(String wireName) {
        assertEquals(Optional.empty(), ConfigFieldType.fromWireName(wireName));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(TEXT, "'hello'", null),
                Arguments.of(TEXT, "''", null),
                Arguments.of(TEXT, "5", "must be a string, not number"),
                Arguments.of(TEXT, "true", "must be a string, not boolean"),
                Arguments.of(TEXT, "null", "must be a string, not null"),
                Arguments.of(TEXT, "['a']", "must be a string, not array"),
                Arguments.of(COLOUR, "'red'", null),
                Arguments.of(COLOUR, "'blue'", "must be one of \"red\", \"green\", not \"blue\""),
                Arguments.of(COLOUR, "'Red'", "must be one of \"red\", \"green\", not \"Red\""),
                Arguments.of(RETRIES, "5", null),
                Arguments.of(RETRIES, "'5'", "must be a number, not string"),
                Arguments.of(RETRIES, "1", null),
                Arguments.of(RETRIES, "1.000", null),
                Arguments.of(RETRIES, "0.999999999", "must be at least 1, not 0.999999999"),
                Arguments.of(RETRIES, "10", null),
                Arguments.of(RETRIES, "10.000000001", "must be at most 10, not 10.000000001"),
                Arguments.of(RETRIES, "-3", "must be at least 1, not -3"),
                Arguments.of(RETRIES, "{'n':5}", "must be a number, not object"),
                Arguments.of(ENABLED, "true", null),
                Arguments.of(ENABLED, "false", null),
                Arguments.of(ENABLED, "1", "must be a boolean, not number"),
                Arguments.of(ENABLED, "'true'", "must be a boolean, not string"),
                Arguments.of(MODE, "'fast'", null),
                Arguments.of(MODE, "'slow'", null),
                Arguments.of(MODE, "'medium'", "must be one of \"fast\", \"slow\", not \"medium\""),
                Arguments.of(MODE, "1", "must be a string, not number"));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("values")
    void checksAValueAgainstTheField(ConfigField field, String value, String expectedProblem) {
        assertEquals(Optional.ofNullable(expectedProblem), field.check(json(value)));
    }

    @Test
    void numberWithoutBoundsAcceptsAnyNumber() {
        ConfigField unbounded = ConfigField.of("ratio", ConfigFieldType.NUMBER);
        assertEquals(Optional.empty(), unbounded.check(json("-1e300")));
        assertEquals(Optional.empty(), unbounded.check(json("1e300")));
    }

    static Stream<Arguments> definitions() {
        return Stream.of(
                Arguments.of(ConfigFieldType.STRING, null, null, null, List.of(), List.of()),
                Arguments.of(ConfigFieldType.STRING, null, null, null, List.of("a"), List.of()),
                Arguments.of(ConfigFieldType.SELECT, null, null, null, List.of(),
                        List.of(problem("enum", "a select field needs a non-empty enum"))),
                Arguments.of(ConfigFieldType.NUMBER, null, null, null, List.of("1"),
                        List.of(problem("enum", "is only allowed on string and select fields"))),
                Arguments.of(ConfigFieldType.BOOLEAN, null, null, null, List.of("true"),
                        List.of(problem("enum", "is only allowed on string and select fields"))),
                Arguments.of(ConfigFieldType.SELECT, null, null, null, List.of("a", "b", "a"),
                        List.of(problem("enum", "lists \"a\" more than once"))),
                Arguments.of(ConfigFieldType.STRING, null, "1", null, List.of(),
                        List.of(problem("min", "is only allowed on number fields"))),
                Arguments.of(ConfigFieldType.BOOLEAN, null, null, "1", List.of(),
                        List.of(problem("max", "is only allowed on number fields"))),
                Arguments.of(ConfigFieldType.NUMBER, null, "5", "5", List.of(), List.of()),
                Arguments.of(ConfigFieldType.NUMBER, null, "5.01", "5", List.of(),
                        List.of(problem("min", "must not be greater than max (5.01 > 5)"))),
                Arguments.of(ConfigFieldType.NUMBER, "1", "1", "3", List.of(), List.of()),
                Arguments.of(ConfigFieldType.NUMBER, "3", "1", "3", List.of(), List.of()),
                Arguments.of(ConfigFieldType.NUMBER, "'2'", "1", "3", List.of(),
                        List.of(problem("default", "must be a number, not string"))),
                Arguments.of(ConfigFieldType.NUMBER, "0", "1", "3", List.of(),
                        List.of(problem("default", "must be at least 1, not 0"))),
                Arguments.of(ConfigFieldType.NUMBER, "4", "1", "3", List.of(),
                        List.of(problem("default", "must be at most 3, not 4"))),
                Arguments.of(ConfigFieldType.SELECT, "'c'", null, null, List.of("a", "b"),
                        List.of(problem("default", "must be one of \"a\", \"b\", not \"c\""))),
                Arguments.of(ConfigFieldType.BOOLEAN, "null", null, null, List.of(),
                        List.of(problem("default", "must be a boolean, not null"))),
                Arguments.of(ConfigFieldType.STRING, "1", "0", null, List.of("a"), List.of(
                        problem("min", "is only allowed on number fields"),
                        problem("default", "must be a string, not number"))));
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void listsEveryBrokenDefinitionRule(ConfigFieldType type, String defaultValue, String min, String max,
            List<String> allowedValues, List<DefinitionProblem> expected) {
        assertEquals(expected, FieldDefinition.definitionProblems(type, Optional.ofNullable(defaultValue).map(JsonText::json),
                decimal(min), decimal(max), allowedValues));
    }

    @Test
    void constructorRefusesABrokenDefinition() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> field(ConfigFieldType.NUMBER, "0", "1", null, List.of()));
        assertTrue(error.getMessage().contains("must be at least 1"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"retries", "_private", "api-key", "A1", "x",
            "a234567890123456789012345678901234567890123456789012345678901234"})
    void acceptsSensibleNames(String name) {
        assertTrue(ConfigField.isValidName(name));
        assertDoesNotThrow(() -> ConfigField.of(name, ConfigFieldType.STRING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1retries", "-x", "a.b", "a b", "naïve", "a/b",
            "a2345678901234567890123456789012345678901234567890123456789012345"})
    void refusesOtherNames(String name) {
        assertFalse(ConfigField.isValidName(name));
        assertThrows(IllegalArgumentException.class, () -> ConfigField.of(name, ConfigFieldType.STRING));
    }

    @Test
    void eachTypeIsItsOwnVariantHoldingOnlyWhatTheTypeAllows() {
        assertEquals(new TextField("field", Optional.empty(), List.of("red"), ""),
                field(ConfigFieldType.STRING, null, null, null, List.of("red")));
        assertEquals(new NumberField("field", Optional.empty(), decimal("1"), decimal("10"), ""),
                field(ConfigFieldType.NUMBER, null, "1", "10", List.of()));
        assertEquals(new BooleanField("field", Optional.empty(), ""), field(ConfigFieldType.BOOLEAN, null, null, null, List.of()));
        assertEquals(new SelectField("field", Optional.empty(), List.of("fast"), ""),
                field(ConfigFieldType.SELECT, null, null, null, List.of("fast")));
        assertThrows(IllegalArgumentException.class, () -> new SelectField("field", Optional.empty(), List.of(), ""));
        assertThrows(IllegalArgumentException.class,
                () -> new NumberField("field", Optional.empty(), decimal("2"), decimal("1"), ""));
    }

    @Test
    void allowedValuesCannotBeChangedAfterwards() {
        List<String> choices = new java.util.ArrayList<>(List.of("a"));
        SelectField field = (SelectField) field(ConfigFieldType.SELECT, null, null, null, choices);
        choices.add("b");
        assertEquals(List.of("a"), field.options());
        assertThrows(UnsupportedOperationException.class, () -> field.options().add("c"));
    }

    private static ConfigField field(ConfigFieldType type, String defaultValue, String min, String max,
            List<String> allowedValues) {
        Optional<JsonValue> parsedDefault = Optional.ofNullable(defaultValue).map(JsonText::json);
        return ConfigField.of("field", type, parsedDefault, decimal(min), decimal(max), allowedValues, "");
    }

    private static Optional<BigDecimal> decimal(String text) {
        return Optional.ofNullable(text).map(BigDecimal::new);
    }

    private static DefinitionProblem problem(String key, String message) {
        return new DefinitionProblem(key, message);
    }
}
