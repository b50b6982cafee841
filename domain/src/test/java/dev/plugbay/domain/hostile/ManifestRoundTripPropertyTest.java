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
 * ({@link ManifestInputs}) is accepted, and what the reader makes of it, the writer writes as the
 * canonical document (what the catalog stores and the registry publishes) whose text the reader
 * reads back to an equal manifest, with no warning, written again the same.
 */
class ManifestRoundTripPropertyTest {

    private static final ManifestOrigin BY_ALICE = ManifestOrigin.creation(new Username("alice"), Optional.empty());

    @Test
    void whatTheReaderAcceptsTheWriterWritesAndTheReaderReadsBackEqual() {
        Property.forAll(ManifestInputs.documents()).tries(300).describedBy(document -> document.json().toJson()).check(document -> {
            ManifestOrigin origin = document.complete() ? ManifestOrigin.document() : BY_ALICE;
            Manifest manifest = answer(() -> DomainFixtures.READER.read(document.json(), origin))
                    .orElseThrow(() -> new AssertionError("a valid manifest was refused"))
                    .manifest();

            String stored = ManifestWriter.toJson(manifest).toJson();
            ManifestReading readBack = answer(() -> DomainFixtures.READER.read((JsonObject) JsonReader.parse(stored), ManifestOrigin.document()))
                    .orElseThrow(() -> new AssertionError("the written manifest was refused: " + stored));

            assertEquals(manifest, readBack.manifest());
            assertEquals(List.of(), readBack.warnings());
            assertEquals(stored, ManifestWriter.toJson(readBack.manifest()).toJson());
        });
    }
}
