package dev.plugbay.domain.config;

import static dev.plugbay.domain.testing.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonString;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigSchemaParsingTest {

    static Stream<Arguments> acceptedFields() {
        return Stream.of(
                Arguments.of("{'type':'string'}", ConfigField.of("f", ConfigFieldType.STRING)),
                Arguments.of("{'type':'string','enum':['red','green']}", ConfigField.of("f", ConfigFieldType.STRING,
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of("red", "green"), "")),
                Arguments.of("{'type':'number','min':0,'max':5,'default':3}", ConfigField.of("f", ConfigFieldType.NUMBER,
                        Optional.of(JsonNumber.of(3)), Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.valueOf(5)),
                        List.of(), "")),
                Arguments.of("{'type':'boolean','default':false,'description':'Log more'}", ConfigField.of("f",
                        ConfigFieldType.BOOLEAN, Optional.of(json("false")), Optional.empty(), Optional.empty(),
                        List.of(), "Log more")),
                Arguments.of("{'type':'select','enum':['fast','slow'],'default':'slow'}", ConfigField.of("f",
                        ConfigFieldType.SELECT, Optional.of(new JsonString("slow")), Optional.empty(), Optional.empty(),
                        List.of("fast", "slow"), "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFields")
    void parsesEachFieldType(String definition, ConfigField expected) {
        ConfigSchema schema = ConfigSchema.fromJson(json("{'f':" + definition + "}"));
        assertEquals(List.of(expected), List.copyOf(schema.fields().values()));
    }

    @Test
    void anEmptyObjectIsTheEmptySchema() {
        assertEquals(ConfigSchema.EMPTY, ConfigSchema.fromJson(json("{}")));
    }

    @Test
    void keepsTheDeclarationOrder() {
        ConfigSchema schema = ConfigSchema.fromJson(json("{'z':{'type':'string'},'a':{'type':'string'},'m':{'type':'string'}}"));
        assertEquals(List.of("z", "a", "m"), List.copyOf(schema.fields().keySet()));
    }

    static Stream<Arguments> rejectedSchemas() {
        return Stream.of(
                Arguments.of("{'n':{'type':'number','min':1e1000,'max':0}}",
                        "configSchema.n.min: must not be greater than max (1E+1000 > 0)"),
                Arguments.of("{'n':{'type':'number','min':-1e-1000,'max':-1e-999}}",
                        "configSchema.n.min: must not be greater than max (-1E-1000 > -1E-999)"),
                Arguments.of("[]", "configSchema: must be an object, not array"),
                Arguments.of("'retries'", "configSchema: must be an object, not string"),
                Arguments.of("null", "configSchema: must be an object, not null"),
                Arguments.of("{'retries':'number'}", "configSchema.retries: must be an object, not string"),
                Arguments.of("{'1retries':{'type':'number'}}", "configSchema.1retries: is not a valid field name: "
                        + "use 1 to 64 letters, digits, '_' or '-', starting with a letter or '_'"),
                Arguments.of("{'a.b':{'type':'number'}}", "configSchema.a.b: is not a valid field name: "
                        + "use 1 to 64 letters, digits, '_' or '-', starting with a letter or '_'"),
                Arguments.of("{'f':{}}", "configSchema.f.type: is required"),
                Arguments.of("{'f':{'type':1}}", "configSchema.f.type: must be a string, not number"),
                Arguments.of("{'f':{'type':'integer'}}",
                        "configSchema.f.type: must be one of string, number, boolean, select, not \"integer\""),
                Arguments.of("{'f':{'type':'Number'}}",
                        "configSchema.f.type: must be one of string, number, boolean, select, not \"Number\""),
                Arguments.of("{'f':{'type':'select'}}", "configSchema.f.enum: a select field needs a non-empty enum"),
                Arguments.of("{'f':{'type':'select','enum':[]}}", "configSchema.f.enum: must list at least one value"),
                Arguments.of("{'f':{'type':'string','enum':[]}}", "configSchema.f.enum: must list at least one value"),
                Arguments.of("{'f':{'type':'select','enum':'fast'}}",
                        "configSchema.f.enum: must be an array of strings, not string"),
                Arguments.of("{'f':{'type':'select','enum':['fast',1]}}", "configSchema.f.enum[1]: must be a string, not number"),
                Arguments.of("{'f':{'type':'select','enum':['a','a']}}", "configSchema.f.enum: lists \"a\" more than once"),
                Arguments.of("{'f':{'type':'number','enum':['1']}}",
                        "configSchema.f.enum: is only allowed on string and select fields"),
                Arguments.of("{'f':{'type':'boolean','enum':['true']}}",
                        "configSchema.f.enum: is only allowed on string and select fields"),
                Arguments.of("{'f':{'type':'number','min':5,'max':1}}",
                        "configSchema.f.min: must not be greater than max (5 > 1)"),
                Arguments.of("{'f':{'type':'string','min':1}}", "configSchema.f.min: is only allowed on number fields"),
                Arguments.of("{'f':{'type':'select','enum':['a'],'max':1}}",
                        "configSchema.f.max: is only allowed on number fields"),
                Arguments.of("{'f':{'type':'number','min':'5'}}", "configSchema.f.min: must be a number, not string"),
                Arguments.of("{'f':{'type':'number','max':null}}", "configSchema.f.max: must be a number, not null"),
                Arguments.of("{'f':{'type':'number','default':'3'}}", "configSchema.f.default: must be a number, not string"),
                Arguments.of("{'f':{'type':'boolean','default':'true'}}",
                        "configSchema.f.default: must be a boolean, not string"),
                Arguments.of("{'f':{'type':'number','min':1,'default':0.999}}",
                        "configSchema.f.default: must be at least 1, not 0.999"),
                Arguments.of("{'f':{'type':'number','max':5,'default':5.001}}",
                        "configSchema.f.default: must be at most 5, not 5.001"),
                Arguments.of("{'f':{'type':'select','enum':['a','b'],'default':'c'}}",
                        "configSchema.f.default: must be one of \"a\", \"b\", not \"c\""),
                Arguments.of("{'f':{'type':'string','default':null}}", "configSchema.f.default: must be a string, not null"),
                Arguments.of("{'f':{'type':'string','maxLength':10}}",
                        "configSchema.f.maxLength: is not a known key; use type, default, min, max, enum or description"),
                Arguments.of("{'f':{'type':'string','description':false}}",
                        "configSchema.f.description: must be a string, not boolean"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedSchemas")
    void reportsTheBrokenRuleAtItsPath(String schema, String expectedViolation) {
        InvalidManifestException error = assertThrows(InvalidManifestException.class,
                () -> ConfigSchema.fromJson(json(schema)));
        assertEquals(List.of(expectedViolation), error.violations().stream().map(Violation::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'f':{'type':'number','min':5,'max':5,'default':5}}",
            "{'f':{'type':'number','min':1,'default':1}}", "{'f':{'type':'number','max':5,'default':5}}"})
    void acceptsADefaultExactlyOnItsBounds(String schema) {
        assertEquals(1, ConfigSchema.fromJson(json(schema)).fields().size());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        InvalidManifestException error = assertThrows(InvalidManifestException.class, () -> ConfigSchema.fromJson(json("""
                {'host': {'type': 'string'},
                 'retries': {'type': 'number', 'min': 10, 'max': 1, 'default': 'x'},
                 'mode': {'type': 'select', 'colour': 'red', 'enum': [true]},
                 'level': {'type': 'integer'}}""")));

        assertEquals(ErrorCode.INVALID_MANIFEST, error.code());
        assertEquals(List.of(
                Violation.ofField("configSchema.retries.min", "must not be greater than max (10 > 1)"),
                Violation.ofField("configSchema.retries.default", "must be a number, not string"),
                Violation.ofField("configSchema.mode.colour",
                        "is not a known key; use type, default, min, max, enum or description"),
                Violation.ofField("configSchema.mode.enum[0]", "must be a string, not boolean"),
                Violation.ofField("configSchema.level.type",
                        "must be one of string, number, boolean, select, not \"integer\"")), error.violations());
        assertEquals("Invalid configSchema: configSchema.retries.min: must not be greater than max (10 > 1) (and 4 more)",
                error.getMessage());
    }

    @Test
    void checksCrossKeyRulesOnlyOnceEveryKeyIsWellFormed() {
        InvalidManifestException error = assertThrows(InvalidManifestException.class,
                () -> ConfigSchema.fromJson(json("{'f':{'type':'number','min':'5','default':1}}")));
        assertEquals(List.of(Violation.ofField("configSchema.f.min", "must be a number, not string")), error.violations());
    }

    @Test
    void roundTripsThroughJson() {
        String text = """
                {"host":{"type":"string","description":"Where to send requests"},\
                "colour":{"type":"string","default":"red","enum":["red","green"]},\
                "retries":{"type":"number","default":3,"min":0,"max":5.5},\
                "verbose":{"type":"boolean","default":false},\
                "mode":{"type":"select","default":"fast","enum":["fast","slow"]}}""";
        ConfigSchema schema = ConfigSchema.fromJson(json(text));

        assertEquals(text, schema.toJson().toJson());
        assertEquals(schema, ConfigSchema.fromJson(schema.toJson()));
    }

    @Test
    void emptySchemaSerializesToAnEmptyObject() {
        assertEquals("{}", ConfigSchema.EMPTY.toJson().toJson());
    }

    @Test
    void fieldsCannotBeChangedAfterwards() {
        ConfigSchema schema = ConfigSchema.fromJson(json("{'f':{'type':'string'}}"));
        assertThrows(UnsupportedOperationException.class,
                () -> schema.fields().put("g", ConfigField.of("g", ConfigFieldType.STRING)));
    }

    @Test
    void aFieldMustBeDeclaredUnderItsOwnName() {
        assertThrows(IllegalArgumentException.class,
                () -> new ConfigSchema(java.util.Map.of("a", ConfigField.of("b", ConfigFieldType.STRING))));
    }
}
