package dev.plugbay.domain.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plugbay.domain.config.ConfigField;
import dev.plugbay.domain.config.ConfigSchema;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.MessageBounds;
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
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 11, "Done when": the manifest reader, the STAC validator and the config schema and values
 * validators, driven with generated hostile inputs ({@link HostileInputs}). Whatever comes in:
 * <ul>
 *   <li>only the domain's own exceptions come out (no StackOverflowError, ArithmeticException,
 *       OutOfMemoryError, NumberFormatException, IllegalArgumentException...);</li>
 *   <li>every message, location and list of violations is within {@link MessageBounds};</li>
 *   <li>the work is bounded: the inputs are bounded in size (counted), the STAC validator reports
 *       at most what its limits allow (counted), and each try must end within a deadline generous
 *       enough for a slow machine yet far below what quadratic work on such inputs takes.</li>
 * </ul>
 * jqwik prints the seed of a failing try; its database of failures is kept under target/
 * (junit-platform.properties).
 */
class HostileInputPropertyTest {

    /** Generous: a try takes milliseconds; quadratic work on a megabyte took tens of seconds. */
    private static final Duration PER_TRY = Duration.ofSeconds(10);
    /** The stack of a thread that answers requests is small (Netty's event loops: the JVM default). */
    private static final long WORKER_STACK_BYTES = 512 * 1024;

    private static final StacValidator STAC = new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT);
    private static final ManifestReader READER = new ManifestReader(SlotCatalog.DEFAULT, STAC,
            Optional.of(SemanticVersion.parse("1.4.0")));
    private static final ManifestOrigin BY_ALICE = ManifestOrigin.creation(new Username("alice"), Optional.empty());

    @Property(tries = 150)
    void theManifestReaderAnswersEveryDocumentWithItsOwnBoundedErrors(@ForAll("manifests") JsonObject document) {
        String text = document.toJson();
        assertTrue(text.length() <= HostileInputs.MAX_DOCUMENT_LENGTH, "inputs are bounded: " + text.length());

        List<ManifestReading> readings = new ArrayList<>();
        readings.add(withinDeadline(() -> READER.read((JsonObject) JsonReader.parse(text), BY_ALICE)));
        // The document as built, past the reader's limits on depth and numbers, as another adapter might hand it over.
        readings.add(withinDeadline(() -> READER.read(document, BY_ALICE)));

        readings.stream().filter(Objects::nonNull).forEach(reading -> assertBounded(reading.warnings()));
    }

    @Property(tries = 150)
    void theStacValidatorReportsAtMostWhatItsLimitsAllow(@ForAll("uiTrees") JsonValue ui) {
        List<Violation> violations = withinDeadline(() -> STAC.validate(ui));

        violations.forEach(HostileInputPropertyTest::assertBoundedViolation);
        // Per object at most its type, actionType, method, params and four URLs; per string one problem
        // per two characters; the limits add at most three and the root one.
        long mostPossible = 8L * StacLimits.DEFAULT.maxNodes() + StacLimits.DEFAULT.maxSerializedBytes() / 2 + 4;
        assertTrue(violations.size() <= mostPossible, violations.size() + " violations");
        withinDeadline(() -> {
            STAC.requireValid(ui);
            return null;
        });
    }

    @Property(tries = 150)
    void theConfigValidatorsAnswerEverySchemaAndValueWithTheirOwnBoundedErrors(
            @ForAll("configSchemas") JsonValue schemaDocument, @ForAll("configValues") JsonObject values) {
        ConfigSchema schema = withinDeadline(() -> ConfigSchema.fromJson(schemaDocument));
        ConfigSchema anySchema = schema != null ? schema : ConfigSchema.fromJson(lenientSchemaFor(values));

        withinDeadline(() -> anySchema.replace(values));
        withinDeadline(() -> anySchema.merge(ConfigValues.fromJson(values), values));
        withinDeadline(() -> {
            assertBounded(anySchema.upgrade(ConfigValues.fromJson(values)).dropped());
            return anySchema.effective(ConfigValues.fromJson(values));
        });
    }

    @Property(tries = 300)
    void theJsonReaderKeepsOnlyNumbersWhoseArithmeticIsCheap(@ForAll("numberLiterals") String literal) {
        JsonValue read = withinDeadline(() -> JsonReader.parse("{\"min\": " + literal + ", \"max\": 0}"));

        if (read != null) {
            BigDecimal number = ((JsonNumber) ((JsonObject) read).get("min").orElseThrow()).value();
            // Plain notation of a number has about precision + |scale| digits: what printing or rescaling it costs.
            assertTrue(number.precision() <= JsonReader.MAX_NUMBER_DIGITS, literal);
            assertTrue(Math.abs((long) number.scale()) <= JsonReader.MAX_NUMBER_DIGITS + JsonReader.MAX_NUMBER_EXPONENT, literal);
        }
    }

    @Provide
    Arbitrary<JsonObject> manifests() {
        return Combinators.combine(HostileInputs.shortText(), HostileInputs.versions(), HostileInputs.uiTrees(),
                        HostileInputs.configSchemas(), HostileInputs.leaves(), HostileInputs.shortText())
                .as((name, version, ui, configSchema, anyValue, unknownKey) -> {
                    Map<String, JsonValue> members = new LinkedHashMap<>();
                    members.put("id", new JsonString("hostile"));
                    members.put("name", new JsonString(name));
                    members.put("version", new JsonString(version));
                    members.put("slot", new JsonString("dashboard_top"));
                    members.put("ui", ui);
                    members.put("configSchema", configSchema);
                    members.put("requires", new JsonObject(Map.of("host", new JsonString(name + version))));
                    members.put("tags", new JsonArray(List.of(new JsonString(name), anyValue)));
                    members.putIfAbsent(unknownKey, anyValue);
                    return new JsonObject(members);
                });
    }

    @Provide
    Arbitrary<JsonValue> uiTrees() {
        return HostileInputs.uiTrees();
    }

    @Provide
    Arbitrary<JsonValue> configSchemas() {
        return HostileInputs.configSchemas();
    }

    @Provide
    Arbitrary<JsonObject> configValues() {
        return HostileInputs.configValues();
    }

    @Provide
    Arbitrary<String> numberLiterals() {
        return HostileInputs.numberLiterals();
    }

    /**
     * Runs {@code work} within {@link #PER_TRY} on a thread with a small stack, as a server's worker
     * thread has, so that recursion on the depth of the input fails here as it would there. Returns
     * the result, or null when the input was refused with a domain exception, which must be bounded.
     * Anything else thrown fails the property.
     */
    private static <T> T withinDeadline(Supplier<T> work) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                outcome.set(Optional.ofNullable(work.get()));
            } catch (Throwable thrown) {
                outcome.set(thrown);
            }
        }, "hostile-input", WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(PER_TRY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return fail(interrupted);
        }
        Object result = outcome.get();
        if (result == null) {
            return fail("no answer within " + PER_TRY);
        }
        if (result instanceof DomainException refused) {
            assertTrue(refused.getMessage().length() <= MessageBounds.MAX_MESSAGE_LENGTH, refused.getMessage());
            assertBounded(refused.violations());
            return null;
        }
        if (result instanceof Throwable other) {
            return fail("not a domain exception: " + other, other);
        }
        @SuppressWarnings("unchecked")
        T value = ((Optional<T>) result).orElse(null);
        return value;
    }

    private static void assertBounded(List<Violation> violations) {
        assertTrue(violations.size() <= MessageBounds.MAX_VIOLATIONS + 1, violations.size() + " violations");
        violations.forEach(HostileInputPropertyTest::assertBoundedViolation);
    }

    private static void assertBoundedViolation(Violation violation) {
        assertTrue(violation.location().length() <= MessageBounds.MAX_LOCATION_LENGTH, violation.location());
        assertTrue(violation.message().length() <= MessageBounds.MAX_MESSAGE_LENGTH, violation.message());
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
