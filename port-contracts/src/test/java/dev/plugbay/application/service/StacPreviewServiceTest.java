package dev.plugbay.application.service;

import static dev.plugbay.application.service.InstallationServiceTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.testing.JsonText;
import dev.plugbay.domain.user.Caller;
import org.junit.jupiter.api.Test;

class StacPreviewServiceTest {

    private static final String URL = "https://raw.githubusercontent.com/example-org/example-market/main/plugins/quality_checker.json";
    private final Marketplace market = new Marketplace();

    @Test
    void aValidDocumentIsPreviewedWithoutBeingStored() {
        market.fetcher.serve(URL, JsonText.fixture("registry/plugins/quality_checker.json"));

        ManifestReading reading = market.preview.preview(Caller.user("alice"), URL);

        assertEquals("quality_checker", reading.manifest().id().value());
        assertEquals("asset_detail", reading.manifest().slot().orElseThrow().name());
        assertEquals(0, market.persistence.catalog().findOfficial().size());
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
