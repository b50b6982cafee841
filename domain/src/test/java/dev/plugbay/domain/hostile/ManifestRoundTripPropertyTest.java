package dev.plugbay.domain.hostile;

import static dev.plugbay.domain.hostile.BoundedWork.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.manifest.StoredManifest;
import dev.plugbay.domain.manifest.StoredManifests;
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
 * document (what the catalog stores and the registry publishes) whose text reads back to an equal
 * manifest, with nothing set aside and no warning, and is written again the same.
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

    /**
     * The manifest read from {@code document}'s text as its origin says, or empty when it is refused
     * (with a bounded error). Through text, as every adapter reads a document: numbers past the JSON
     * reader's limits never reach the manifest reader.
     */
    private static Optional<Manifest> read(ManifestInputs.Document document) {
        ManifestOrigin origin = document.complete() ? ManifestOrigin.document() : BY_ALICE;
        String text = document.json().toJson();
        return answer(() -> DomainFixtures.READER.read((JsonObject) JsonReader.parse(text), origin)).map(ManifestReading::manifest);
    }

    /**
     * The written text is read back equal both as the catalog reads what it stored (nothing set aside)
     * and as a registry document is read when it is published (no warning), and is written again the same.
     */
    private static void assertRoundTrips(Manifest manifest) {
        String stored = StoredManifests.toText(manifest);

        assertEquals(new StoredManifest.Readable(manifest, List.of()), answer(() -> StoredManifests.read(stored)).orElseThrow());
        ManifestReading published = answer(() -> DomainFixtures.READER.read((JsonObject) JsonReader.parse(stored), ManifestOrigin.document()))
                .orElseThrow(() -> new AssertionError("the written manifest was refused: " + stored));
        assertEquals(manifest, published.manifest());
        assertEquals(List.of(), published.warnings());
        assertEquals(stored, StoredManifests.toText(published.manifest()));
    }
}
