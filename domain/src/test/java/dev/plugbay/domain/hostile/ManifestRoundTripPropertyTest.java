package dev.plugbay.domain.hostile;

import static dev.plugbay.domain.hostile.BoundedWork.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.testing.DomainFixtures;
import dev.plugbay.domain.testing.property.Property;
import dev.plugbay.domain.user.Username;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "Fuzzing in the build": manifests round-trip. Every valid manifest document
 * ({@link ManifestInputs}) is accepted, and a document with one member spoiled is accepted or refused
 * with the domain's own bounded error; whatever is accepted, the writer writes as the canonical
 * document (what the catalog stores and the registry publishes) whose text the reader reads back to
 * an equal manifest, with no warning, written again the same.
 */
class ManifestRoundTripPropertyTest {

    private static final ManifestOrigin BY_ALICE = ManifestOrigin.creation(new Username("alice"), Optional.empty());

    @Test
    void everyValidManifestIsAcceptedAndReadBackEqualFromWhatTheWriterWrites() {
        Property.forAll(ManifestInputs.documents()).tries(300).describedBy(document -> document.json().toJson()).check(document ->
                assertRoundTrips(read(document).orElseThrow(() -> new AssertionError("a valid manifest was refused"))));
    }

    @Test
    void aManifestWithOneMemberSpoiledIsRefusedWithTheDomainsOwnErrorOrReadBackEqual() {
        Property.forAll(ManifestInputs.spoiled()).tries(300).describedBy(document -> document.json().toJson()).check(document ->
                read(document).ifPresent(ManifestRoundTripPropertyTest::assertRoundTrips));
    }

    /** The manifest read from {@code document} as its origin says, or empty when it is refused (with a bounded error). */
    private static Optional<Manifest> read(ManifestInputs.Document document) {
        ManifestOrigin origin = document.complete() ? ManifestOrigin.document() : BY_ALICE;
        return answer(() -> DomainFixtures.READER.read(document.json(), origin)).map(ManifestReading::manifest);
    }

    private static void assertRoundTrips(Manifest manifest) {
        String stored = ManifestWriter.toJson(manifest).toJson();
        ManifestReading readBack = answer(() -> DomainFixtures.READER.read((JsonObject) JsonReader.parse(stored), ManifestOrigin.document()))
                .orElseThrow(() -> new AssertionError("the written manifest was refused: " + stored));

        assertEquals(manifest, readBack.manifest());
        assertEquals(List.of(), readBack.warnings());
        assertEquals(stored, ManifestWriter.toJson(readBack.manifest()).toJson());
    }
}
