package dev.plugbay.application.service.authoring;

import static dev.plugbay.application.service.DomainFailures.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.manifest.ManifestPreview;
import dev.plugbay.domain.testing.JsonText;
import dev.plugbay.domain.user.Caller;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StacPreviewServiceTest {

    private static final String URL = "https://raw.githubusercontent.com/example-org/example-market/main/plugins/quality_checker.json";
    private final Marketplace market = new Marketplace();

    @Test
    void aValidDocumentIsPreviewedWithoutBeingStored() {
        market.fetcher.serve(URL, JsonText.fixture("registry/plugins/quality_checker.json"));

        ManifestPreview preview = market.preview.preview(Caller.user("alice"), URL);

        assertEquals("quality_checker", preview.reading().manifest().id().value());
        assertEquals("asset_detail", preview.slot().orElseThrow().name());
        assertEquals(0, market.persistence.catalog().findOfficial().size());
    }

    @Test
    void aStacFileWithoutASlotIsPreviewedUnplacedWithTheAuthorItNames() {
        market.fetcher.serve(URL, JsonText.object("""
                {"name": "Contador Activos", "version": "1.2.0", "description": "Cuenta", "author": "Invenicum Team",
                 "authorAvatar": "https://avatars.example.org/team.png", "ui": {"type": "text", "data": "Hola"}}"""));

        ManifestPreview preview = market.preview.preview(Caller.user("alice"), URL);

        assertEquals(Optional.empty(), preview.slot());
        assertEquals("contador_activos", preview.reading().manifest().id().value());
        assertEquals(Optional.of("Invenicum Team"), preview.author());
        assertEquals(Optional.of("https://avatars.example.org/team.png"), preview.authorAvatar());
    }

    @Test
    void aSlotlessUiIsStillCheckedAndAnUnusableAvatarIsLeftOut() {
        market.fetcher.serve(URL, JsonText.object("""
                {"name": "Marquesina", "authorAvatar": "http://plain.example.org/a.png", "ui": {"type": "marquee"}}"""));
        assertCode(ErrorCode.INVALID_STAC, () -> market.preview.preview(Caller.user("alice"), URL));

        market.fetcher.serve(URL, JsonText.object("""
                {"name": "Sin avatar", "authorAvatar": "http://plain.example.org/a.png", "slot": null,
                 "ui": {"type": "text", "data": "x"}}"""));
        ManifestPreview preview = market.preview.preview(Caller.user("alice"), URL);
        assertEquals(Optional.empty(), preview.slot());
        assertEquals(Optional.empty(), preview.author());
        assertEquals(Optional.empty(), preview.authorAvatar());
    }

    @Test
    void invalidDocumentsAreRefusedWithTheirCode() {
        market.fetcher.serve(URL, JsonArray.of());
        assertCode(ErrorCode.INVALID_MANIFEST, () -> market.preview.preview(Caller.user("alice"), URL));

        market.fetcher.serve(URL, JsonText.object("""
                {"id": "x", "slot": "dashboard_top", "ui": {"type": "marquee"}}"""));
        assertCode(ErrorCode.INVALID_STAC, () -> market.preview.preview(Caller.user("alice"), URL));
    }
}
