package dev.plugbay.domain.config;

import static dev.plugbay.domain.testing.JsonText.json;
import static dev.plugbay.domain.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.InvalidConfigException;
import dev.plugbay.domain.error.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigSchemaValuesTest {

    private static final ConfigSchema SCHEMA = ConfigSchema.fromJson(json("""
            {'host': {'type': 'string'},
             'retries': {'type': 'number', 'min': 0, 'max': 5, 'default': 3},
             'verbose': {'type': 'boolean', 'default': false},
             'mode': {'type': 'select', 'enum': ['fast', 'slow'], 'default': 'fast'},
             'colour': {'type': 'string', 'enum': ['red', 'green']}}"""));

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{'host':'example.org'}",
        "{'retries':0}",
        "{'retries':2.5}",
        "{'retries':5}",
        "{'verbose':true}",
        "{'verbose':false}",
        "{'mode':'slow'}",
        "{'colour':'green'}",
        "{'host':'h','retries':1,'verbose':true,'mode':'fast','colour':'red'}"})
    void acceptsValidValues(String values) {
        assertEquals(object(values), SCHEMA.replace(object(values)).toJson());
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("{'host':5}", List.of("host: must be a string, not number")),
                Arguments.of("{'retries':'5'}", List.of("retries: must be a number, not string")),
                Arguments.of("{'retries':-0.001}", List.of("retries: must be at least 0, not -0.001")),
                Arguments.of("{'retries':5.001}", List.of("retries: must be at most 5, not 5.001")),
                Arguments.of("{'retries':1e1000}", List.of("retries: must be at most 5, not 1E+1000")),
                Arguments.of("{'retries':-1e-1000}", List.of("retries: must be at least 0, not -1E-1000")),
                Arguments.of("{'verbose':1}", List.of("verbose: must be a boolean, not number")),
                Arguments.of("{'verbose':'true'}", List.of("verbose: must be a boolean, not string")),
                Arguments.of("{'mode':'medium'}", List.of("mode: must be one of \"fast\", \"slow\", not \"medium\"")),
                Arguments.of("{'mode':1}", List.of("mode: must be a string, not number")),
                Arguments.of("{'colour':'blue'}", List.of("colour: must be one of \"red\", \"green\", not \"blue\"")),
                Arguments.of("{'bogus':1}", List.of("bogus: Unknown config key: bogus")),
                Arguments.of("{'bogus':null}", List.of("bogus: Unknown config key: bogus")),
                Arguments.of("{'host':1,'retries':9,'bogus':true,'mode':'x','verbose':true}", List.of(
                        "host: must be a string, not number",
                        "retries: must be at most 5, not 9",
                        "bogus: Unknown config key: bogus",
                        "mode: must be one of \"fast\", \"slow\", not \"x\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void replaceRejectsInvalidValuesListingEveryViolation(String values, List<String> expected) {
        InvalidConfigException error = assertThrows(InvalidConfigException.class, () -> SCHEMA.replace(object(values)));
        assertEquals(expected, error.violations().stream().map(Violation::toString).toList());
        assertEquals(ErrorCode.INVALID_CONFIG, error.code());
    }

    @Test
    void unknownKeyViolationNamesTheKey() {
        InvalidConfigException error = assertThrows(InvalidConfigException.class,
                () -> SCHEMA.replace(object("{'retires':2}")));
        assertEquals(List.of(Violation.ofField("retires", "Unknown config key: retires")), error.violations());
        assertEquals("Invalid config: retires: Unknown config key: retires", error.getMessage());
    }

    @Test
    void replaceDropsEverythingNotSent() {
        ConfigValues current = SCHEMA.replace(object("{'host':'a','retries':1}"));

        ConfigValues replaced = SCHEMA.replace(object("{'host':'b'}"));

        assertEquals(object("{'host':'b'}"), replaced.toJson());
        assertEquals(json("3"), SCHEMA.effective(replaced).get("retries").orElseThrow());
        assertEquals(object("{'host':'a','retries':1}"), current.toJson());
    }

    @Test
    void replaceTreatsNullAsUnset() {
        ConfigValues values = SCHEMA.replace(object("{'host':null,'retries':null,'verbose':true}"));

        assertEquals(object("{'verbose':true}"), values.toJson());
        assertEquals(object("{'retries':3,'verbose':true,'mode':'fast'}"), SCHEMA.effective(values));
    }

    @Test
    void mergeKeepsWhatThePatchDoesNotMention() {
        ConfigValues current = SCHEMA.replace(object("{'host':'a','retries':1}"));

        ConfigValues merged = SCHEMA.merge(current, object("{'retries':2,'mode':'slow'}"));

        assertEquals(object("{'host':'a','retries':2,'mode':'slow'}"), merged.toJson());
    }

    @Test
    void mergeWithNullRemovesTheKeySoItReadsItsDefault() {
        ConfigValues current = SCHEMA.replace(object("{'host':'a','retries':1}"));

        ConfigValues merged = SCHEMA.merge(current, object("{'retries':null,'colour':null}"));

        assertEquals(object("{'host':'a'}"), merged.toJson());
        assertEquals(json("3"), SCHEMA.effective(merged).get("retries").orElseThrow());
    }

    @Test
    void mergeWithAnEmptyPatchChangesNothing() {
        ConfigValues current = SCHEMA.replace(object("{'host':'a'}"));
        assertEquals(current, SCHEMA.merge(current, object("{}")));
    }

    @Test
    void mergeProducingAnInvalidResultIsRejectedAndLeavesCurrentUntouched() {
        ConfigValues current = SCHEMA.replace(object("{'host':'a','retries':1}"));

        InvalidConfigException error = assertThrows(InvalidConfigException.class,
                () -> SCHEMA.merge(current, object("{'retries':9,'smuggled':1,'verbose':true}")));

        assertEquals(List.of(
                Violation.ofField("retries", "must be at most 5, not 9"),
                Violation.ofField("smuggled", "Unknown config key: smuggled")), error.violations());
        assertEquals(object("{'host':'a','retries':1}"), current.toJson());
    }

    @Test
    void mergeCannotRemoveAnUndeclaredKeyWithNull() {
        InvalidConfigException error = assertThrows(InvalidConfigException.class,
                () -> SCHEMA.merge(ConfigValues.EMPTY, object("{'smuggled':null}")));
        assertEquals(List.of(Violation.ofField("smuggled", "Unknown config key: smuggled")), error.violations());
    }

    @Test
    void mergeValidatesTheWholeResultNotJustThePatch() {
        ConfigValues storedBeforeValidation = ConfigValues.fromJson(object("{'retries':'3'}"));

        InvalidConfigException error = assertThrows(InvalidConfigException.class,
                () -> SCHEMA.merge(storedBeforeValidation, object("{'host':'a'}")));

        assertEquals(List.of(Violation.ofField("retries", "must be a number, not string")), error.violations());
    }

    @Test
    void effectiveReadsDefaultsForMissingKeysAndLeavesOutKeysWithNeither() {
        assertEquals(object("{'retries':3,'verbose':false,'mode':'fast'}"), SCHEMA.effective(ConfigValues.EMPTY));
    }

    @Test
    void effectivePrefersStoredValuesAndFollowsDeclarationOrder() {
        ConfigValues values = SCHEMA.replace(object("{'colour':'green','retries':0,'host':'h'}"));

        assertEquals(object("{'host':'h','retries':0,'verbose':false,'mode':'fast','colour':'green'}"),
                SCHEMA.effective(values));
    }

    @Test
    void effectiveShowsOnlyDeclaredKeys() {
        ConfigValues stored = ConfigValues.fromJson(object("{'legacy':1,'host':'h'}"));
        assertEquals(object("{'host':'h','retries':3,'verbose':false,'mode':'fast'}"), SCHEMA.effective(stored));
    }

    @Test
    void emptySchemaAcceptsOnlyAnEmptyObject() {
        assertEquals(ConfigValues.EMPTY, ConfigSchema.EMPTY.replace(object("{}")));
        assertThrows(InvalidConfigException.class, () -> ConfigSchema.EMPTY.replace(object("{'a':1}")));
        assertEquals(object("{}"), ConfigSchema.EMPTY.effective(ConfigValues.EMPTY));
    }
}
