package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.host.ActivationReason;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.PluginSource;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.JsonText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@code HostPlugins}: run against the in-memory fake, H2 and PostgreSQL. */
public abstract class HostPluginsContract {

    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00.123Z");
    private static final Instant T1 = Instant.parse("2026-07-03T10:05:00.456Z");

    private HostPlugins plugins;

    /** An empty store. */
    protected abstract HostPlugins createHostPlugins();

    @BeforeEach
    void emptyStore() {
        plugins = createHostPlugins();
    }

    static Manifest manifest(String name, String version) {
        return Manifests.codePlugin("""
                {"id": "%s", "version": "%s", "author": "plugbay", "description": "Logs requests", "main": "index.mjs",
                 "hooks": {"onRequest": true, "onActivate": true}, "priority": 5, "permissions": ["network"],
                 "tags": ["logging"],
                 "configSchema": {"logLevel": {"type": "select", "enum": ["info", "debug"], "default": "info"},
                                  "maxBodyLength": {"type": "number", "min": 0, "default": 500}}}"""
                .formatted(name, version));
    }

    static HostPlugin installed(String name) {
        return HostPlugin.install(UUID.randomUUID(), manifest(name, "1.0.0"), PluginSource.LOCAL, Optional.empty(), T0)
                .plugin();
    }

    @Test
    void aPluginReadsBackEqualInEveryState() {
        HostPlugin plugin = installed("request-logger")
                .replaceConfig(JsonText.object("{\"logLevel\": \"debug\", \"maxBodyLength\": 12}"), T0);
        plugins.insert(plugin);
        assertEquals(plugin, plugins.find(plugin.name()).orElseThrow());

        HostPlugin active = plugin.activate(ActivationReason.ACTIVATE, T1).plugin();
        plugins.update(active);
        assertEquals(active, plugins.find(plugin.name()).orElseThrow());

        HostPlugin failed = active.fail("Crash loop: 5 unexpected exits within 5 minutes (last: nul \u0000)", T1);
        plugins.update(failed);
        assertEquals("error", plugins.find(plugin.name()).orElseThrow().state().name());
        assertTrue(plugins.find(plugin.name()).orElseThrow().errorMessage().orElseThrow().startsWith("Crash loop"));
    }

    @Test
    void sourceAndAGivenPinAreKept() {
        Integrity pin = Integrity.parse("sha256-NasUtKe1l8TLPFaM3fOe4HxVfN1+GfLri4NGfq/XBgk=");
        HostPlugin plugin = HostPlugin.install(UUID.randomUUID(), manifest("theme-manager", "2.0.0-beta.1"),
                PluginSource.MARKETPLACE, Optional.of(pin), T0).plugin();
        plugins.insert(plugin);

        HostPlugin stored = plugins.find(plugin.name()).orElseThrow();
        assertEquals(PluginSource.MARKETPLACE, stored.source());
        assertEquals(Optional.of(pin), stored.integrity());
        assertEquals(plugin, stored);
    }

    @Test
    void anUpgradeReplacesManifestAndVersionAndKeepsTheId() {
        HostPlugin plugin = installed("request-logger");
        plugins.insert(plugin);

        HostPlugin upgraded = plugin.upgradeTo(manifest("request-logger", "1.1.0"), Optional.empty(), PluginSource.LOCAL, T1)
                .upgraded();
        plugins.update(upgraded);

        assertEquals(upgraded, plugins.find(plugin.name()).orElseThrow());
        assertEquals(plugin.id(), plugins.find(plugin.name()).orElseThrow().id());
    }

    @Test
    void allIsSortedByName() {
        for (String name : List.of("welcome-banner", "request-logger", "theme-manager")) {
            plugins.insert(installed(name));
        }

        assertEquals(List.of("request-logger", "theme-manager", "welcome-banner"),
                plugins.all().stream().map(plugin -> plugin.name().value()).toList());
    }

    @Test
    void oneNameOnce() {
        plugins.insert(installed("request-logger"));

        DomainException twice = assertThrows(DomainException.class, () -> plugins.insert(installed("request-logger")));
        assertEquals(ErrorCode.ALREADY_INSTALLED, twice.code());
    }

    @Test
    void updateAndDeleteOfAnUnknownPlugin() {
        DomainException update = assertThrows(DomainException.class, () -> plugins.update(installed("ghost")));
        assertEquals(ErrorCode.PLUGIN_NOT_FOUND, update.code());
        assertFalse(plugins.delete(new PluginId("ghost")));
    }

    @Test
    void deleteRemovesThePlugin() {
        plugins.insert(installed("request-logger"));

        assertTrue(plugins.delete(new PluginId("request-logger")));
        assertEquals(Optional.empty(), plugins.find(new PluginId("request-logger")));
        assertEquals(List.of(), plugins.all());
    }
}
