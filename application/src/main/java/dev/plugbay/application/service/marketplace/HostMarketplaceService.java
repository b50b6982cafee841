package dev.plugbay.application.service.marketplace;

import dev.plugbay.application.port.in.marketplace.BrowseHostMarketplaceUseCase;
import dev.plugbay.application.port.in.marketplace.MarketplaceListing;
import dev.plugbay.application.port.in.marketplace.StageMarketplacePluginUseCase;
import dev.plugbay.application.port.in.marketplace.StagedMarketplacePlugin;
import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginArchives;
import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The host marketplace's listing and the download half of its one-click install (HOST.md). */
public final class HostMarketplaceService implements BrowseHostMarketplaceUseCase, StageMarketplacePluginUseCase {

    static final String NOT_VERIFIED = "archive not verified: no sha256 in the entry";

    private final MarketplaceRegistry registry;
    private final RemoteMarketplace remote;
    private final BundledPlugins bundled;
    private final PluginArchives archives;
    private final PackageLimits limits;

    public HostMarketplaceService(MarketplaceRegistry registry, RemoteMarketplace remote, BundledPlugins bundled,
            PluginArchives archives, PackageLimits limits) {
        this.registry = registry;
        this.remote = remote;
        this.bundled = bundled;
        this.archives = archives;
        this.limits = limits;
    }

    @Override
    public MarketplaceListing browse(String query) {
        if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q: must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return registry.current().matching(query);
    }

    @Override
    public StagedMarketplacePlugin stage(PluginId name, Path staging) {
        MarketplaceEntry entry = registry.current().plugins().stream()
                .filter(listed -> listed.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new PluginNotFoundException("Plugin " + name + " is not in the marketplace"));
        byte[] archive = archiveOf(entry);
        Optional<ArchiveDigest> sha256 = entry.sha256();
        sha256.ifPresent(digest -> digest.verify(archive));
        Path root = archives.extract(archive, staging, limits);
        return new StagedMarketplacePlugin(entry, root, sha256.isPresent(), sha256.isPresent() ? List.of() : List.of(NOT_VERIFIED));
    }

    private byte[] archiveOf(MarketplaceEntry entry) {
        if (entry.bundled()) {
            return bundled.archive(entry.name()).orElseThrow(() -> new IllegalStateException(
                    "The bundled plugin " + entry.name() + " is listed but its archive is missing from the jar"));
        }
        return remote.archive(entry.downloadUrl(), limits.maxArchiveBytes());
    }
}
