package dev.plugbay.application.service.authoring;

import dev.plugbay.application.service.authoring.ManifestValidationService;

import static dev.plugbay.application.service.DomainFailures.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.JsonText;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Username;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestValidationServiceTest {

    private final Marketplace market = new Marketplace();
    private final ManifestValidationService validation = new ManifestValidationService(Manifests.reader());
    private final Caller alice = new Caller(new Username("alice"), Set.of(), Optional.empty());

    @Test
    void aValidDocumentIsNormalizedAsCreatingItWouldAndNothingIsStored() {
        ManifestReading reading = validation.validate(alice, Manifests.uiPlugin("checked_card", "1.2.0")
                .with("author", new JsonString("mallory")).with("colour", new JsonString("red")));

        assertEquals("checked_card", reading.manifest().id().value());
        assertEquals("alice", reading.manifest().author().value(), "the author is the caller, as on create");
        assertEquals(2, reading.warnings().size(), reading.warnings()::toString);
        assertTrue(market.persistence.catalog().find(new PluginId("checked_card")).isEmpty());
    }

    @Test
    void aStacErrorIsTheSameFailureThatCreatingWouldRaise() {
        JsonObject document = JsonText.object("""
                {"id": "broken_card", "slot": "dashboard_top", "ui": {"type": "column", "child": {"type": "nope"}}}
                """);

        assertCode(ErrorCode.INVALID_STAC, () -> validation.validate(alice, document));
        assertCode(ErrorCode.INVALID_STAC, () -> market.authoring.create(alice, document));
    }

    @Test
    void aReservedIdIsRefused() {
        assertCode(ErrorCode.INVALID_MANIFEST,
                () -> validation.validate(alice, Manifests.uiPlugin("validate", "1.0.0")));
    }
}
