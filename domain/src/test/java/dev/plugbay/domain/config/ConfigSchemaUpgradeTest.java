package dev.plugbay.domain.config;

import static dev.plugbay.domain.testing.JsonText.json;
import static dev.plugbay.domain.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.error.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigSchemaUpgradeTest {

    private static final ConfigSchema OLD = ConfigSchema.fromJson(json("""
            {'host': {'type': 'string'},
             'retries': {'type': 'number', 'min': 0, 'max': 10, 'default': 3},
             'verbose': {'type': 'boolean'},
             'mode': {'type': 'select', 'enum': ['fast', 'slow']},
             'legacy': {'type': 'string'}}"""));

    private static final ConfigSchema NEW = ConfigSchema.fromJson(json("""
            {'host': {'type': 'string'},
             'retries': {'type': 'number', 'min': 0, 'max': 3, 'default': 2},
             'verbose': {'type': 'string', 'enum': ['quiet', 'loud']},
             'mode': {'type': 'select', 'enum': ['fast', 'turbo']}}"""));

    @Test
    void keepsStillValidValuesAndReportsEachDroppedOne() {
        ConfigValues current = OLD.replace(object("{'host':'h','retries':4,'verbose':true,'mode':'slow','legacy':'x'}"));

        ConfigUpgrade upgrade = NEW.upgrade(current);

        assertEquals(object("{'host':'h'}"), upgrade.kept().toJson());
        assertEquals(List.of(
                Violation.ofField("retries", "must be at most 3, not 4"),
                Violation.ofField("verbose", "must be a string, not boolean"),
                Violation.ofField("mode", "must be one of \"fast\", \"turbo\", not \"slow\""),
                Violation.ofField("legacy", "Unknown config key: legacy")), upgrade.dropped());
        assertEquals(object("{'host':'h','retries':4,'verbose':true,'mode':'slow','legacy':'x'}"), current.toJson());
    }

    @Test
    void aDroppedValueReadsTheNewDefault() {
        ConfigUpgrade upgrade = NEW.upgrade(OLD.replace(object("{'retries':4}")));
        assertEquals(json("2"), NEW.effective(upgrade.kept()).get("retries").orElseThrow());
    }

    @Test
    void keepsEverythingWhenAllValuesAreStillValid() {
        ConfigValues current = OLD.replace(object("{'host':'h','retries':3,'mode':'fast'}"));

        ConfigUpgrade upgrade = NEW.upgrade(current);

        assertEquals(current, upgrade.kept());
        assertEquals(List.of(), upgrade.dropped());
    }

    static Stream<Arguments> changedFields() {
        return Stream.of(
                Arguments.of("{'type':'number','max':4}", "4", null),
                Arguments.of("{'type':'number','max':3.999}", "4", "must be at most 3.999, not 4"),
                Arguments.of("{'type':'number','min':4}", "4", null),
                Arguments.of("{'type':'number','min':4.001}", "4", "must be at least 4.001, not 4"),
                Arguments.of("{'type':'string'}", "4", "must be a string, not number"),
                Arguments.of("{'type':'boolean'}", "'true'", "must be a boolean, not string"),
                Arguments.of("{'type':'select','enum':['a','b']}", "'b'", null),
                Arguments.of("{'type':'select','enum':['a']}", "'b'", "must be one of \"a\", not \"b\""),
                Arguments.of("{'type':'string','enum':['a','b']}", "'a'", null),
                Arguments.of("{'type':'string'}", "'a'", null));
    }

    @ParameterizedTest(name = "{1} under {0}")
    @MethodSource("changedFields")
    void keepsOrDropsAValueByTheNewFieldDefinition(String newDefinition, String oldValue, String expectedReason) {
        ConfigSchema schema = ConfigSchema.fromJson(json("{'k':" + newDefinition + "}"));
        ConfigValues current = ConfigValues.fromJson(object("{'k':" + oldValue + "}"));

        ConfigUpgrade upgrade = schema.upgrade(current);

        if (expectedReason == null) {
            assertEquals(current, upgrade.kept());
            assertEquals(List.of(), upgrade.dropped());
        } else {
            assertEquals(ConfigValues.EMPTY, upgrade.kept());
            assertEquals(List.of(Violation.ofField("k", expectedReason)), upgrade.dropped());
        }
    }

    @Test
    void upgradingToAnEmptySchemaDropsAndReportsEveryValue() {
        ConfigUpgrade upgrade = ConfigSchema.EMPTY.upgrade(OLD.replace(object("{'host':'h','retries':1}")));

        assertEquals(ConfigValues.EMPTY, upgrade.kept());
        assertEquals(List.of(Violation.ofField("host", "Unknown config key: host"),
                Violation.ofField("retries", "Unknown config key: retries")), upgrade.dropped());
    }
}
