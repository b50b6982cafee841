package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.marketplace.MarketplaceInstallOutcome;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginArchives;
import dev.plugbay.application.service.marketplace.HostMarketplaceService;
import dev.plugbay.application.service.marketplace.MarketplaceRegistry;
import dev.plugbay.contracts.memory.InMemoryBundledPlugins;
import dev.plugbay.contracts.memory.InMemoryHostSettings;
import dev.plugbay.contracts.memory.InMemoryRemoteMarketplace;
import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.host.PluginSource;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.JsonText;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HOST.md "One-click install" steps 7 and 8 on the in-memory ports: the staged plugin admitted by its
 * entry and installed or upgraded as a local folder is, with source {@code marketplace}; the staging
 * folder gone whatever happens. Extraction here plants the files a test gave for the archive's bytes.
 */
class MarketplaceInstallerTest {

    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final String REGISTRY = "https://plugins.example/registry.json";
    private static final String ENTRY_FILE = "export default {}";
    private static final String HOOKS = "{\"onRequest\": true, \"onInstall\": true, \"onActivate\": true}";
    private static final String SCHEMA = """
            {"logLevel": {"type": "select", "enum": ["info", "debug"], "default": "info"}}""";

    private final HostHarness host = new HostHarness();
    private final Map<String, Map<String, String>> packages = new ConcurrentHashMap<>();
    private final PluginArchives planting = (archive, staging, limits) -> {
        host.store.plant(staging.getFileName().toString(), packages.get(new String(archive, StandardCharsets.UTF_8)));
        return staging;
    };
    private final InMemoryHostSettings settings = new InMemoryHostSettings();
    private final InMemoryRemoteMarketplace remote = new InMemoryRemoteMarketplace(Set.of("plugins.example"));
    private final MarketplaceRegistry registry =
            new MarketplaceRegistry(settings, remote, new InMemoryBundledPlugins(), Clock.systemUTC());
    private final MarketplaceInstaller installer = host.services.marketplaceInstaller(
            new HostMarketplaceService(registry, remote, new InMemoryBundledPlugins(), planting, PackageLimits.DEFAULTS));

    @AfterEach
    void stop() {
        host.close();
    }

    /** Serves a registry offering {@code entryVersion}, whose archive holds the plugin at {@code packageVersion}. */
    private void offer(String entryVersion, String packageVersion, String more) {
        String archive = "archive of " + packageVersion + " " + packages.size();
        packages.put(archive, Map.of("plugin.json", HostHarness.manifest("request-logger", packageVersion, HOOKS, SCHEMA),
                "index.mjs", ENTRY_FILE));
        String url = "https://plugins.example/" + packages.size() + ".zip";
        remote.serve(url, archive);
        remote.serve(REGISTRY, "[{\"name\": \"request-logger\", \"version\": \"" + entryVersion + "\", \"downloadUrl\": \"" + url
                + "\", \"sha256\": \"" + ArchiveDigest.of(archive.getBytes(StandardCharsets.UTF_8)) + "\"" + more + "}]");
        settings.savePluginMarketplaceUrl(Optional.of(REGISTRY));
        registry.forget();
    }

    private MarketplaceInstallOutcome install() {
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class)).withEntry(ENTRY_FILE.getBytes(StandardCharsets.UTF_8)));
        return installer.install(LOGGER);
    }

    @Test
    void aListedPluginInstallsFromTheMarketplacePinnedByItsEntryWithNoStagingLeft() {
        Integrity pin = Integrity.of(Integrity.Algorithm.SHA384, ENTRY_FILE.getBytes(StandardCharsets.UTF_8));
        offer("1.0.0", "1.0.0", ", \"integrity\": \"" + pin + "\"");

        MarketplaceInstallOutcome outcome = install();

        assertTrue(outcome.sha256Verified());
        assertEquals(List.of(), outcome.install().warnings());
        assertEquals(PluginSource.MARKETPLACE, outcome.install().plugin().plugin().source());
        assertEquals(Optional.of(pin), outcome.install().plugin().plugin().integrity());
        assertEquals(List.of(Hook.ON_INSTALL), host.hooksDelivered(LOGGER));
        assertEquals(Set.of("request-logger"), host.store.rootEntries());
    }

    @Test
    void aNewerVersionUpgradesAnActivePluginKeepingItsConfig() {
        offer("1.0.0", "1.0.0", "");
        install();
        host.services.lifecycle().activate(LOGGER);
        host.services.lifecycle().mergeConfig(LOGGER, JsonText.object("{\"logLevel\": \"debug\"}"));
        offer("1.1.0", "1.1.0", "");

        MarketplaceInstallOutcome outcome = install();

        assertEquals("1.0.0", outcome.install().upgradedFrom().orElseThrow().toString());
        assertEquals("1.1.0", outcome.install().plugin().plugin().version().toString());
        assertEquals("active", outcome.install().plugin().plugin().state().name());
        assertEquals(JsonText.object("{\"logLevel\": \"debug\"}"), outcome.install().plugin().plugin().config().toJson());
        assertEquals(Set.of("request-logger"), host.store.rootEntries());
    }

    @Test
    void aPackageOfAnotherVersionThanItsEntryIsRefusedAndTheRootIsAsBefore() {
        offer("1.0.0", "1.0.0", "");
        install();
        offer("1.0.1", "1.0.2", "");

        DomainException refused = assertThrows(DomainException.class, this::install);

        assertEquals(ErrorCode.INVALID_PACKAGE, refused.code());
        assertEquals("The archive holds request-logger 1.0.2, not the marketplace entry's request-logger 1.0.1",
                refused.getMessage());
        assertEquals(Set.of("request-logger"), host.store.rootEntries());
        assertEquals("1.0.0", host.services.queries().get(LOGGER).plugin().version().toString());
    }

    @Test
    void theSameVersionAgainIsAConflictAndAWrongEntryPinAMismatchBothLeavingNoStaging() {
        offer("1.0.0", "1.0.0", "");
        install();

        assertEquals(ErrorCode.VERSION_CONFLICT, assertThrows(DomainException.class, this::install).code());
        offer("1.1.0", "1.1.0", ", \"integrity\": \"" + Integrity.of(Integrity.Algorithm.SHA256, new byte[] {1}) + "\"");
        assertEquals(ErrorCode.INTEGRITY_MISMATCH, assertThrows(DomainException.class, this::install).code());
        assertEquals(Set.of("request-logger"), host.store.rootEntries());
    }
}
