package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.application.port.out.host.HostSettings;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link HostSettings} must do: keep the last saved registry URL, exactly. */
public abstract class HostSettingsContract {

    private static final String URL = "https://plugins.example/registry.json";

    private HostSettings settings;

    /** Settings on an empty store: no URL saved yet. */
    protected abstract HostSettings emptySettings();

    @BeforeEach
    void start() {
        settings = emptySettings();
    }

    @Test
    void noUrlIsSavedAtFirst() {
        assertEquals(Optional.empty(), settings.pluginMarketplaceUrl());
    }

    @Test
    void theSavedUrlIsReadBack() {
        settings.savePluginMarketplaceUrl(Optional.of(URL));

        assertEquals(Optional.of(URL), settings.pluginMarketplaceUrl());
    }

    @Test
    void aNewUrlReplacesTheSavedOne() {
        settings.savePluginMarketplaceUrl(Optional.of(URL));
        settings.savePluginMarketplaceUrl(Optional.of("http://other.example:8080/plugins?page=1"));

        assertEquals(Optional.of("http://other.example:8080/plugins?page=1"), settings.pluginMarketplaceUrl());
    }

    @Test
    void savingNothingClearsTheUrl() {
        settings.savePluginMarketplaceUrl(Optional.of(URL));
        settings.savePluginMarketplaceUrl(Optional.empty());

        assertEquals(Optional.empty(), settings.pluginMarketplaceUrl());
    }

    @Test
    void theLongestAllowedUrlIsKeptWholeWithItsNonAsciiCharacters() {
        String prefix = "https://plugins.example/é/";
        String longest = prefix + "a".repeat(2048 - prefix.length());

        settings.savePluginMarketplaceUrl(Optional.of(longest));

        assertEquals(Optional.of(longest), settings.pluginMarketplaceUrl());
    }
}
