package dev.plugbay.bootstrap.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.marketplace.BrowseHostMarketplaceUseCase;
import dev.plugbay.application.port.in.marketplace.HostSettingsView;
import dev.plugbay.application.port.in.marketplace.MarketplaceListing;
import dev.plugbay.domain.host.marketplace.ListingSource;
import dev.plugbay.application.port.in.marketplace.ReadHostSettingsUseCase;
import dev.plugbay.application.port.in.marketplace.StageMarketplacePluginUseCase;
import dev.plugbay.application.port.in.marketplace.StagedMarketplacePlugin;
import dev.plugbay.application.port.in.marketplace.UpdateHostSettingsUseCase;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marketplace use cases on the real adapters of the packaged configuration: the seed from the jar,
 * the registry URL saved in the embedded database and kept across a restart, a registry that cannot
 * be reached answered with the seed and a warning, and a bundled plugin staged with no network.
 */
class MarketplaceWiringTest {

    private static final List<String> SEED = List.of("request-logger", "rate-limiter", "cost-tracker", "theme-manager");

    @TempDir
    Path home;

    @Test
    void aSavedUrlIsKeptAcrossARestartAndADeadRegistryGivesTheSeedWithAWarning() throws IOException {
        int deadPort = closedPort();
        String deadRegistry = "http://127.0.0.1:" + deadPort + "/registry.json";
        Map<String, Object> properties = Map.of("plugbay.home", home.toString(),
                "plugbay.outbound.allowed-hosts", "127.0.0.1", "plugbay.outbound.allow-private", "127.0.0.1:" + deadPort);

        try (ApplicationContext first = ApplicationContext.run(properties)) {
            MarketplaceListing seed = first.getBean(BrowseHostMarketplaceUseCase.class).browse("");
            assertEquals(SEED, names(seed));
            assertEquals(ListingSource.SEED, seed.source());
            assertEquals(Optional.empty(), seed.warning());

            first.getBean(UpdateHostSettingsUseCase.class).update(JsonObject.EMPTY.with("pluginMarketplaceUrl", new JsonString(deadRegistry)));
        }

        try (ApplicationContext second = ApplicationContext.run(properties)) {
            assertEquals(new HostSettingsView(Optional.of(deadRegistry)), second.getBean(ReadHostSettingsUseCase.class).settings());
            MarketplaceListing fallback = second.getBean(BrowseHostMarketplaceUseCase.class).browse("logger");

            assertEquals(List.of("request-logger"), names(fallback));
            assertEquals(ListingSource.SEED, fallback.source());
            String warning = fallback.warning().orElseThrow();
            assertTrue(warning.contains("could not be reached") && warning.endsWith("showing the built-in list"), warning);
        }
    }

    @Test
    void aBundledPluginIsStagedFromTheJarVerifiedAndExtracted() throws IOException {
        try (ApplicationContext context = ApplicationContext.run(Map.of("plugbay.home", home.toString()))) {
            // Made once the context runs: the plugin store clears staging residue from the plugins root at startup.
            Path staging = Files.createDirectories(home.resolve("plugins/.staging-test"));
            StagedMarketplacePlugin staged = context.getBean(StageMarketplacePluginUseCase.class)
                    .stage(new PluginId("rate-limiter"), staging);

            assertTrue(staged.sha256Verified());
            assertEquals(List.of(), staged.warnings());
            assertTrue(Files.isRegularFile(staged.root().resolve("plugin.json")));
            assertTrue(staged.root().startsWith(staging));
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> names(MarketplaceListing listing) {
        return listing.plugins().stream().map(MarketplaceEntry::name).map(Object::toString).toList();
    }
}
