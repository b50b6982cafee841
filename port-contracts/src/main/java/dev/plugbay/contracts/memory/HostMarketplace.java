package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.service.marketplace.HostMarketplaceService;
import dev.plugbay.application.service.marketplace.HostSettingsService;
import dev.plugbay.application.service.marketplace.MarketplaceRegistry;
import dev.plugbay.contracts.testing.MutableClock;
import dev.plugbay.contracts.testing.RecordingPluginArchives;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

/**
 * The host marketplace's use cases wired on in-memory ports, as bootstrap wires them on the real
 * adapters: a web where {@link #HOST} is the only allowed host, and two bundled plugins.
 */
public final class HostMarketplace {

    public static final String HOST = "plugins.example";
    public static final String REGISTRY_URL = "https://" + HOST + "/registry.json";
    /** Small caps, so that a test archive can cross them. */
    public static final PackageLimits LIMITS = new PackageLimits(1 << 20, 100, 8, 4096, 100);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-07-03T10:00:00Z"));
    public final InMemoryHostSettings settings = new InMemoryHostSettings();
    public final InMemoryRemoteMarketplace remote = new InMemoryRemoteMarketplace(Set.of(HOST));
    public final InMemoryBundledPlugins bundled = new InMemoryBundledPlugins()
            .add("request-logger", "1.0.0", utf8("request-logger archive"))
            .add("rate-limiter", "1.0.0", utf8("rate-limiter archive"));
    public final RecordingPluginArchives archives = new RecordingPluginArchives();

    public final MarketplaceRegistry registry = new MarketplaceRegistry(settings, remote, bundled, clock);
    public final HostMarketplaceService marketplace = new HostMarketplaceService(registry, remote, bundled, archives, LIMITS);
    public final HostSettingsService hostSettings = new HostSettingsService(settings, remote, registry);

    /** Saves the registry URL and serves this document there. */
    public HostMarketplace withRegistry(String document) {
        remote.serve(REGISTRY_URL, document);
        hostSettings.update(JsonObject.EMPTY.with("pluginMarketplaceUrl", new JsonString(REGISTRY_URL)));
        return this;
    }

    /** A registry entry as JSON text, with its download URL on the allowed host. */
    public static String entry(String name, String version, String more) {
        return "{\"name\": \"" + name + "\", \"version\": \"" + version + "\", \"downloadUrl\": \"" + archiveUrl(name) + "\""
                + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    public static String archiveUrl(String name) {
        return "https://" + HOST + "/archives/" + name + ".zip";
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
