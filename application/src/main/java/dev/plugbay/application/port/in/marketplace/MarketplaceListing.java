package dev.plugbay.application.port.in.marketplace;

import dev.plugbay.domain.host.marketplace.ListingSource;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.host.marketplace.SkippedEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the marketplace lists (HOST.md {@code GET /api/plugins/marketplace}): the entries in registry
 * order, where they come from, why the seed is shown when a registry URL is saved, and the remote
 * entries that were skipped.
 */
public record MarketplaceListing(List<MarketplaceEntry> plugins, ListingSource source, Optional<String> warning,
        List<SkippedEntry> skipped) {


    public MarketplaceListing {
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(warning, "warning");
        skipped = List.copyOf(skipped);
    }

    /** The same listing with only the entries that match the search (HOST.md {@code q}). */
    public MarketplaceListing matching(String query) {
        return new MarketplaceListing(plugins.stream().filter(entry -> entry.matches(query)).toList(), source, warning, skipped);
    }
}
