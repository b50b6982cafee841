package dev.plugbay.adapters.github.marketplace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import dev.plugbay.application.port.in.marketplace.MarketplaceListing;
import dev.plugbay.application.port.in.marketplace.StagedMarketplacePlugin;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.service.marketplace.HostMarketplaceService;
import dev.plugbay.application.service.marketplace.HostSettingsService;
import dev.plugbay.application.service.marketplace.MarketplaceRegistry;
import dev.plugbay.contracts.memory.InMemoryBundledPlugins;
import dev.plugbay.contracts.memory.InMemoryHostSettings;
import dev.plugbay.contracts.testing.MutableClock;
import dev.plugbay.contracts.testing.RecordingPluginArchives;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.host.marketplace.ListingSource;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The marketplace use cases wired on the guarded adapter and a fake registry on 127.0.0.1, as
 * bootstrap wires them: a registry listed and an archive from it staged, every kind of broken
 * registry answered with the seed and its reason, and broken downloads with their codes.
 */
class MarketplaceThroughUseCasesTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));
    private static final Path STAGING = Path.of("/plugbay/plugins/.staging-test");
    private static final PackageLimits LIMITS = new PackageLimits(1 << 20, 100, 8, 4096, 100);
    private static final byte[] ARCHIVE = "the hello archive".getBytes(StandardCharsets.UTF_8);

    private final LocalRegistryServer server = new LocalRegistryServer();
    private final GuardedRemoteMarketplace remote = server.marketplace(SHORT, SHORT);
    private final InMemoryHostSettings settings = new InMemoryHostSettings();
    private final InMemoryBundledPlugins bundled = new InMemoryBundledPlugins().add("request-logger", "1.0.0", new byte[] {1});
    private final RecordingPluginArchives archives = new RecordingPluginArchives();
    private final MarketplaceRegistry registry = new MarketplaceRegistry(settings, remote, bundled,
            new MutableClock(Instant.parse("2026-07-03T10:00:00Z")));
    private final HostMarketplaceService marketplace = new HostMarketplaceService(registry, remote, bundled, archives, LIMITS);
    private final HostSettingsService hostSettings = new HostSettingsService(settings, remote, registry);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSavedRegistryIsListedAndItsArchiveDownloadedVerifiedAndExtracted() {
        String archiveUrl = server.url(new Fault.Body(ARCHIVE, "application/octet-stream"));
        save(server.url(json("{\"plugins\": [" + entry("hello", archiveUrl, ArchiveDigest.of(ARCHIVE).hex()) + "]}")));

        MarketplaceListing listing = marketplace.browse("");
        StagedMarketplacePlugin staged = marketplace.stage(new PluginId("hello"), STAGING);

        assertEquals(ListingSource.REMOTE, listing.source());
        assertEquals(List.of("hello"), listing.plugins().stream().map(MarketplaceEntry::name).map(Object::toString).toList());
        assertTrue(staged.sha256Verified());
        assertArrayEquals(ARCHIVE, archives.extractions().get(0).archive());
    }

    static Stream<Arguments> brokenRegistries() {
        return Stream.of(
                Arguments.of("down", new Fault.Status(503), "answered HTTP 503"),
                Arguments.of("slow", new Fault.Delay(Duration.ofSeconds(3)), "did not answer in time"),
                Arguments.of("redirecting", new Fault.Redirect("http://127.0.0.1/registry.json"), "answered a redirect (HTTP 302)"),
                Arguments.of("oversized", new Fault.Chunked(new byte[1024 * 1024 + 1], "application/json"), "larger than 1048576 bytes"),
                Arguments.of("malformed", new Fault.Body("[{".getBytes(StandardCharsets.UTF_8), "application/json"), "is not valid JSON"),
                Arguments.of("empty", new Fault.Body("[]".getBytes(StandardCharsets.UTF_8), "application/json"), "Remote registry returned no plugins"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRegistries")
    void aBrokenRegistryGivesTheSeedWithAWarningNamingWhy(String registryIs, Fault fault, String reason) {
        save(server.url(fault));

        MarketplaceListing listing = marketplace.browse("");

        assertEquals(ListingSource.SEED, listing.source());
        assertEquals(List.of("request-logger"), listing.plugins().stream().map(MarketplaceEntry::name).map(Object::toString).toList());
        String warning = listing.warning().orElseThrow();
        assertTrue(warning.contains(reason) && warning.endsWith("; showing the built-in list"), warning);
    }

    @Test
    void brokenDownloadsAnswerTheirCodesAndNothingIsExtracted() {
        String tampered = server.url(new Fault.Body("tampered".getBytes(StandardCharsets.UTF_8), "application/zip"));
        String huge = server.url(new Fault.Chunked(new byte[4097], "application/zip"));
        String moved = server.url(new Fault.Redirect(tampered));
        String sha256 = ArchiveDigest.of(ARCHIVE).hex();
        save(server.url(json("[" + entry("tampered", tampered, sha256) + ", " + entry("huge", huge, sha256) + ", "
                + entry("moved", moved, sha256) + "]")));

        assertEquals(ErrorCode.INTEGRITY_MISMATCH, codeOfStaging("tampered"));
        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, codeOfStaging("huge"));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, codeOfStaging("moved"));
        assertEquals(List.of(), archives.extractions());
    }

    private ErrorCode codeOfStaging(String name) {
        return assertThrows(DomainException.class, () -> marketplace.stage(new PluginId(name), STAGING)).code();
    }

    private void save(String registryUrl) {
        hostSettings.update(JsonObject.EMPTY.with("pluginMarketplaceUrl", new JsonString(registryUrl)));
    }

    private static String entry(String name, String downloadUrl, String sha256) {
        return "{\"name\": \"" + name + "\", \"version\": \"1.0.0\", \"downloadUrl\": \"" + downloadUrl + "\", \"sha256\": \"" + sha256 + "\"}";
    }

    private static Fault json(String document) {
        return new Fault.Body(document.getBytes(StandardCharsets.UTF_8), "application/json");
    }
}
