package dev.plugbay.application.service.marketplace;

import static dev.plugbay.contracts.memory.HostMarketplace.REGISTRY_URL;
import static dev.plugbay.domain.testing.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.marketplace.HostSettingsView;
import dev.plugbay.contracts.memory.HostMarketplace;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HOST.md "Settings": {@code GET} and {@code PATCH /api/settings} below REST. */
class HostSettingsServiceTest {

    private final HostMarketplace host = new HostMarketplace();

    @Test
    void nothingIsSavedAtFirst() {
        assertEquals(new HostSettingsView(Optional.empty()), host.hostSettings.settings());
    }

    @Test
    void aUrlIsSavedTrimmedAndAnsweredAsGetAnswersIt() {
        HostSettingsView saved = host.hostSettings.update(patch("{'pluginMarketplaceUrl': '  " + REGISTRY_URL + "\\n'}"));

        assertEquals(new HostSettingsView(Optional.of(REGISTRY_URL)), saved);
        assertEquals(saved, host.hostSettings.settings());
        assertEquals(Optional.of(REGISTRY_URL), host.settings.pluginMarketplaceUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'pluginMarketplaceUrl': null}", "{'pluginMarketplaceUrl': ''}", "{'pluginMarketplaceUrl': '   '}"})
    void nullAndBlankClearTheUrl(String body) {
        host.hostSettings.update(patch("{'pluginMarketplaceUrl': '" + REGISTRY_URL + "'}"));

        assertEquals(new HostSettingsView(Optional.empty()), host.hostSettings.update(patch(body)));
    }

    @Test
    void anEmptyPatchChangesNothing() {
        host.hostSettings.update(patch("{'pluginMarketplaceUrl': '" + REGISTRY_URL + "'}"));

        assertEquals(new HostSettingsView(Optional.of(REGISTRY_URL)), host.hostSettings.update(JsonObject.EMPTY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {'pluginMarketplaceUrl': 42}                               | pluginMarketplaceUrl: must be a string or null, not number
            {'pluginMarketplaceUrl': ['https://plugins.example/']}     | pluginMarketplaceUrl: must be a string or null, not array
            {'pluginMarketplaceUrl': 'https://plugins.example/', 'theme': 'dark'} | Unknown setting: theme
            {'b': 1, 'a': 2}                                           | Unknown setting: a, b
            """)
    void aWrongTypeOrAnUnknownKeyIsAnInvalidRequestNamingItAndNothingIsSaved(String body, String message) {
        DomainException invalid = assertThrows(DomainException.class, () -> host.hostSettings.update(patch(body)));

        assertEquals(ErrorCode.INVALID_REQUEST, invalid.code());
        assertEquals(message, invalid.getMessage());
        assertEquals(Optional.empty(), host.settings.pluginMarketplaceUrl());
    }

    @Test
    void aUrlOfTwoThousandAndFortyEightCharactersIsSavedAndOneMoreIsInvalid() {
        String prefix = "https://plugins.example/";
        String longest = prefix + "a".repeat(2048 - prefix.length());

        host.hostSettings.update(patch("{'pluginMarketplaceUrl': '" + longest + "'}"));
        DomainException tooLong = assertThrows(DomainException.class,
                () -> host.hostSettings.update(patch("{'pluginMarketplaceUrl': '" + longest + "a'}")));

        assertEquals(ErrorCode.INVALID_REQUEST, tooLong.code());
        assertEquals(Optional.of(longest), host.settings.pluginMarketplaceUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://plugins.example/registry.json", "https://user@plugins.example/registry.json",
        "https://elsewhere.example/registry.json", "not a url"})
    void aUrlTheGuardsStaticRulesRefuseIsUrlNotAllowedAndNothingIsSavedOrFetched(String url) {
        DomainException refused = assertThrows(DomainException.class,
                () -> host.hostSettings.update(patch("{'pluginMarketplaceUrl': '" + url + "'}")));

        assertEquals(ErrorCode.URL_NOT_ALLOWED, refused.code());
        assertTrue(refused.getMessage().startsWith("URL not allowed: "), refused.getMessage());
        assertEquals(Optional.empty(), host.settings.pluginMarketplaceUrl());
        assertEquals(0, host.remote.fetches());
    }

    private static JsonObject patch(String body) {
        return (JsonObject) json(body);
    }
}
