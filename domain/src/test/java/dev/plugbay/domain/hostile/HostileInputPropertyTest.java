package dev.plugbay.domain.hostile;

import static dev.plugbay.domain.hostile.BoundedWork.answer;
import static dev.plugbay.domain.hostile.BoundedWork.assertBounded;
import static dev.plugbay.domain.hostile.BoundedWork.completes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.config.ConfigField;
import dev.plugbay.domain.config.ConfigSchema;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import dev.plugbay.domain.testing.property.Gen;
import dev.plugbay.domain.testing.property.Property;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "Done when": the manifest reader, the STAC validator and the config schema and values
 * validators, driven with generated hostile inputs ({@link HostileInputs}). Whatever comes in:
 * <ul>
 *   <li>only the domain's own exceptions come out (no StackOverflowError, ArithmeticException,
 *       OutOfMemoryError, NumberFormatException, IllegalArgumentException...);</li>
 *   <li>every message, location and list of violations is within the bounds of
 *       {@link dev.plugbay.domain.error.MessageBounds};</li>
 *   <li>the work is bounded: the inputs are bounded in size (counted), the STAC validator reports
 *       at most what its limits allow (counted), and each try must end within a deadline generous
 *       enough for a slow machine yet far below what quadratic work on such inputs takes
 *       ({@link BoundedWork}).</li>
 * </ul>
 * A failure prints the seed that replays it ({@link Property}).
 */
class HostileInputPropertyTest {

    private static final StacValidator STAC = new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT);
    private static final ManifestReader READER = new ManifestReader(SlotCatalog.DEFAULT, STAC,
            Optional.of(SemanticVersion.parse("1.4.0")));
    private static final ManifestOrigin BY_ALICE = ManifestOrigin.creation(new Username("alice"), Optional.empty());

    @Test
    void theManifestReaderAnswersEveryDocumentWithItsOwnBoundedErrors() {
        Property.forAll(manifests()).tries(50).describedBy(JsonValue::toJson).check(document -> {
            String text = document.toJson();
            assertTrue(text.length() <= HostileInputs.MAX_DOCUMENT_LENGTH, "inputs are bounded: " + text.length());

            List<ManifestReading> readings = new ArrayList<>();
            answer(() -> READER.read((JsonObject) JsonReader.parse(text), BY_ALICE)).ifPresent(readings::add);
            // The document as built, past the reader's limits on depth and numbers, as another adapter might hand it over.
            answer(() -> READER.read(document, BY_ALICE)).ifPresent(readings::add);

            readings.forEach(reading -> assertBounded(reading.warnings()));
        });
    }

    @Test
    void theStacValidatorReportsAtMostWhatItsLimitsAllow() {
        Property.forAll(HostileInputs.uiTrees()).tries(50).describedBy(JsonValue::toJson).check(ui -> {
            List<Violation> violations = answer(() -> STAC.validate(ui)).orElseThrow();

            violations.forEach(BoundedWork::assertBounded);
            // Per object at most its type, actionType, method, params and four URLs; per string one problem
            // per two characters; the limits add at most three and the root one.
            long mostPossible = 8L * StacLimits.DEFAULT.maxNodes() + StacLimits.DEFAULT.maxSerializedBytes() / 2 + 4;
            assertTrue(violations.size() <= mostPossible, violations.size() + " violations");
            completes(() -> STAC.requireValid(ui));
        });
    }

    @Test
    void theConfigValidatorsAnswerEverySchemaAndValueWithTheirOwnBoundedErrors() {
        record SchemaAndValues(JsonValue schema, JsonObject values) {
        }
        Gen<SchemaAndValues> inputs = Gen.zip(HostileInputs.configSchemas(), HostileInputs.configValues(), SchemaAndValues::new);

        Property.forAll(inputs).tries(50)
                .describedBy(input -> "schema " + input.schema().toJson() + ", values " + input.values().toJson())
                .check(input -> {
                    ConfigSchema anySchema = answer(() -> ConfigSchema.fromJson(input.schema()))
                            .orElseGet(() -> ConfigSchema.fromJson(lenientSchemaFor(input.values())));
                    JsonObject given = input.values();

                    completes(() -> anySchema.replace(given));
                    completes(() -> anySchema.merge(ConfigValues.fromJson(given), given));
                    completes(() -> {
                        assertBounded(anySchema.upgrade(ConfigValues.fromJson(given)).dropped());
                        anySchema.effective(ConfigValues.fromJson(given));
                    });
                });
    }

    @Test
    void theJsonReaderKeepsOnlyNumbersWhoseArithmeticIsCheap() {
        Property.forAll(HostileInputs.numberLiterals()).tries(300).check(literal -> {
            Optional<JsonValue> read = answer(() -> JsonReader.parse("{\"min\": " + literal + ", \"max\": 0}"));

            read.ifPresent(document -> {
                BigDecimal number = ((JsonNumber) ((JsonObject) document).get("min").orElseThrow()).value();
                // Plain notation of a number has about precision + |scale| digits: what printing or rescaling it costs.
                assertTrue(number.precision() <= JsonReader.MAX_NUMBER_DIGITS, literal);
                assertTrue(Math.abs((long) number.scale()) <= JsonReader.MAX_NUMBER_DIGITS + JsonReader.MAX_NUMBER_EXPONENT, literal);
            });
        });
    }

    private static Gen<JsonObject> manifests() {
        Gen<String> shortText = HostileInputs.shortText();
        Gen<String> versions = HostileInputs.versions();
        Gen<JsonValue> uiTrees = HostileInputs.uiTrees();
        Gen<JsonValue> configSchemas = HostileInputs.configSchemas();
        Gen<JsonValue> leaves = HostileInputs.leaves();
        return random -> {
            String name = shortText.next(random);
            String version = versions.next(random);
            JsonValue anyValue = leaves.next(random);
            Map<String, JsonValue> members = new LinkedHashMap<>();
            members.put("id", new JsonString("hostile"));
            members.put("name", new JsonString(name));
            members.put("version", new JsonString(version));
            members.put("slot", new JsonString("dashboard_top"));
            members.put("ui", uiTrees.next(random));
            members.put("configSchema", configSchemas.next(random));
            members.put("requires", new JsonObject(Map.of("host", new JsonString(name + version))));
            members.put("tags", new JsonArray(List.of(new JsonString(name), anyValue)));
            members.putIfAbsent(shortText.next(random), anyValue);
            return new JsonObject(members);
        };
    }

    /** A schema declaring every key of {@code values} as a number between -1 and 1, so values meet real fields. */
    private static JsonObject lenientSchemaFor(JsonObject values) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        values.members().keySet().stream()
                .filter(ConfigField::isValidName)
                .forEach(name -> fields.put(name, JsonReader.parse("{\"type\": \"number\", \"min\": -1, \"max\": 1}")));
        return new JsonObject(fields);
    }
}
