package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** HOST.md "Local install" step 3: what a host reads from plugin.json. */
class HostManifestsTest {

    private static final ManifestReader READER = new ManifestReader(SlotCatalog.DEFAULT,
            new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT), Optional.of(SemanticVersion.parse("2.0.0")));

    @Test
    void requiresOmnirouteCountsAsRequiresHost() {
        String needsThree = "{\"id\": \"p\", \"version\": \"1.0.0\", \"author\": \"a\", \"requires\": {\"omniroute\": \">=3.0.0\"}}";
        String admitted = needsThree.replace(">=3.0.0", ">=1.0.0");

        assertEquals(ErrorCode.INVALID_MANIFEST,
                assertThrows(InvalidManifestException.class, () -> HostManifests.read(READER, needsThree)).code());
        assertEquals("p", HostManifests.read(READER, admitted).manifest().id().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "marketplace", "hooks"})
    void routeSegmentsAreNotPluginIds(String id) {
        String document = "{\"id\": \"" + id + "\", \"version\": \"1.0.0\", \"author\": \"a\"}";

        assertThrows(InvalidManifestException.class, () -> HostManifests.read(READER, document));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[]", "\"text\"", "{\"id\": \"p\"} trailing"})
    void textThatIsNotAJsonObjectIsAnInvalidManifest(String text) {
        assertEquals(ErrorCode.INVALID_MANIFEST,
                assertThrows(InvalidManifestException.class, () -> HostManifests.read(READER, text)).code());
    }
}
