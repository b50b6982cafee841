package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.plugin.License;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bundled plugins held in memory: each added archive gets a verified seed entry with its SHA-256. */
public final class InMemoryBundledPlugins implements BundledPlugins {

    private final Map<PluginId, MarketplaceEntry> entries = new LinkedHashMap<>();
    private final Map<PluginId, byte[]> archives = new LinkedHashMap<>();

    public InMemoryBundledPlugins add(String name, String version, byte[] archive) {
        PluginId id = new PluginId(name);
        entries.put(id, new MarketplaceEntry(id, SemanticVersion.parse(version), "", "plugbay", License.MIT, List.of(), "",
                Optional.empty(), Optional.empty(), Optional.of(ArchiveDigest.of(archive)), 0, 0, true, Optional.empty(), true));
        archives.put(id, archive.clone());
        return this;
    }

    @Override
    public List<MarketplaceEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    @Override
    public Optional<byte[]> archive(PluginId name) {
        return Optional.ofNullable(archives.get(name)).map(byte[]::clone);
    }
}
