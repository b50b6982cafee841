package dev.plugbay.domain.manifest;

import static dev.plugbay.domain.testing.DomainFixtures.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.user.Username;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reproductions of issue 11 at the domain's door: each one is refused with the domain's own
 * exception and a bounded message and list of violations.
 */
class HostileManifestTest {

    private static final ManifestOrigin BY_ALICE = ManifestOrigin.creation(new Username("alice"), Optional.empty());

    @Test
    void aConfigSchemaBoundOfTenMillionDigitsIsRefusedByTheReader() {
        String body = "{\"id\": \"x\", \"configSchema\": {\"n\": {\"type\": \"number\", \"min\": 1e10000000, \"max\": 0}}}";

        DomainException failure = assertThrows(DomainException.class, () -> JsonReader.parse(body));

        assertEquals(ErrorCode.INVALID_REQUEST, failure.code());
        assertTrue(failure.getMessage().contains("number too large"), failure.getMessage());
    }

    @Test
    void aConfigSchemaBoundAtTheLimitIsPrintedInShort() {
        DomainException failure = assertThrows(DomainException.class, () -> read(
                "{\"id\": \"x\", \"configSchema\": {\"n\": {\"type\": \"number\", \"min\": 9" + "9".repeat(99)
                        + "e1000, \"max\": 0}}}"));

        assertEquals(ErrorCode.INVALID_MANIFEST, failure.code());
        Violation violation = failure.violations().get(0);
        assertEquals("configSchema.n.min", violation.field());
        assertTrue(violation.message().startsWith("must not be greater than max (9.99999"), violation.message());
        assertTrue(violation.message().length() < 250, violation.message());
    }

    @Test
    void aThousandUnknownWidgetsUnderAHundredKilobyteNameGiveABoundedAnswer() {
        String name = "n".repeat(100_000);
        String widgets = String.join(",", Collections.nCopies(1_000, "{\"type\": \"w" + "x".repeat(5) + "\"}"));

        DomainException failure = assertThrows(DomainException.class, () -> read("{\"id\": \"x\", \"slot\": \"dashboard_top\","
                + " \"ui\": {\"type\": \"column\", \"" + name + "\": [" + widgets + "]}}"));

        assertEquals(ErrorCode.INVALID_STAC, failure.code());
        assertBounded(failure);
        assertListsTheFirstAndCountsTheRest(failure.violations(), 1_000);
        assertTrue(failure.violations().get(0).pointer().startsWith("/nnnn"));
    }

    @Test
    void aMegabyteOfClosingBracesIsRefusedForItsSizeAlone() {
        DomainException failure = assertThrows(DomainException.class, () -> read("{\"id\": \"x\", \"slot\": \"dashboard_top\","
                + " \"ui\": {\"type\": \"text\", \"data\": \"" + "}}".repeat(500_000) + "\"}}"));

        assertEquals(List.of(Violation.at("", "The ui tree is larger than 262144 bytes as compact JSON")), failure.violations());
    }

    @Test
    void aTemplatePathOfTwoThousandSegmentsIsRefusedAtItsPointer() {
        String path = String.join(".", Collections.nCopies(2_000, "a"));

        DomainException failure = assertThrows(DomainException.class, () -> read("{\"id\": \"x\", \"slot\": \"dashboard_top\","
                + " \"ui\": {\"type\": \"text\", \"data\": \"{{" + path + "}}\"}}"));

        assertEquals(ErrorCode.INVALID_STAC, failure.code());
        assertEquals("/data", failure.violations().get(0).pointer());
        assertTrue(failure.violations().get(0).message().endsWith("has a path longer than 256 characters"),
                failure.violations().get(0).message());
    }

    @Test
    void aVersionOfMoreThanTwoHundredFiftySixCharactersIsAFieldViolation() {
        String version = "1.0.0-" + "a".repeat(294);

        DomainException failure = assertThrows(DomainException.class,
                () -> read("{\"id\": \"x\", \"version\": \"" + version + "\"}"));

        assertEquals(ErrorCode.INVALID_MANIFEST, failure.code());
        assertEquals(Violation.ofField("version", "'" + MessageBounds.quote(version)
                + "' is not a semantic version: it has 300 characters; a version has at most 256 characters"),
                failure.violations().get(0));
    }

    @Test
    void tenThousandUnknownKeysGiveABoundedListOfWarnings() {
        StringBuilder document = new StringBuilder("{\"id\": \"x\"");
        for (int i = 0; i < 10_000; i++) {
            document.append(", \"unknown").append(i).append("\": ").append(i);
        }

        ManifestReading reading = READER.read((JsonObject) JsonReader.parse(document.append('}').toString()), BY_ALICE);

        assertListsTheFirstAndCountsTheRest(reading.warnings(), 10_000);
        assertEquals(Violation.ofField("unknown0", "is not a manifest field and was ignored"), reading.warnings().get(0));
    }

    private static void assertListsTheFirstAndCountsTheRest(List<Violation> shown, int total) {
        int listed = shown.size() - 1;
        assertTrue(listed > 0 && listed <= MessageBounds.MAX_VIOLATIONS, shown.size() + " entries");
        assertEquals(Violation.at("", "… and " + (total - listed) + " more problems not listed"), shown.get(listed));
    }

    private static void assertBounded(DomainException failure) {
        assertTrue(failure.getMessage().length() <= MessageBounds.MAX_MESSAGE_LENGTH, failure.getMessage());
        assertTrue(failure.violations().size() <= MessageBounds.MAX_VIOLATIONS + 1);
        for (Violation violation : failure.violations()) {
            assertTrue(violation.location().length() <= MessageBounds.MAX_LOCATION_LENGTH);
            assertTrue(violation.message().length() <= MessageBounds.MAX_MESSAGE_LENGTH);
        }
    }

    private static ManifestReading read(String document) {
        return READER.read((JsonObject) JsonReader.parse(document), BY_ALICE);
    }
}
