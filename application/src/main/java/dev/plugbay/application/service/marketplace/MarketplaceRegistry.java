package dev.plugbay.application.service.marketplace;

import dev.plugbay.application.port.in.marketplace.MarketplaceListing;
import dev.plugbay.domain.host.marketplace.ListingSource;
import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.application.port.out.host.HostSettings;
import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.host.marketplace.MarketplaceEntryReader;
import dev.plugbay.domain.host.marketplace.RegistryDocument;
import dev.plugbay.domain.host.marketplace.RegistryDocument.Listed;
import dev.plugbay.domain.host.marketplace.RegistryDocument.Unusable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The marketplace's current listing (HOST.md "Remote marketplace"): the seed when no registry URL is
 * saved; else the saved registry's entries, or, when that registry cannot be used for any reason, the
 * seed with a warning naming the reason. Each registry's outcome is kept for {@link #CACHE_DURATION}
 * per URL, so listing does not fetch on every call; {@link #forget()} drops it.
 */
public final class MarketplaceRegistry {

    public static final Duration CACHE_DURATION = Duration.ofSeconds(60);

    private static final String FALLBACK = "; showing the built-in list";

    /** A registry's outcome, the URL it was fetched from, and until when it may be reused. */
    private record Cached(String url, MarketplaceListing listing, Instant expiresAt) {
    }

    private final HostSettings settings;
    private final RemoteMarketplace remote;
    private final BundledPlugins bundled;
    private final Clock clock;
    private final Object fetching = new Object();
    private volatile Cached cached;
    /** Advanced by {@link #forget()}, so a fetch that was running then does not store its outcome. */
    private final AtomicLong generation = new AtomicLong();

    public MarketplaceRegistry(HostSettings settings, RemoteMarketplace remote, BundledPlugins bundled, Clock clock) {
        this.settings = settings;
        this.remote = remote;
        this.bundled = bundled;
        this.clock = clock;
    }

    /** Every entry of the current listing; one caller at a time fetches a registry, the others wait for its outcome. */
    public MarketplaceListing current() {
        Optional<String> url = settings.pluginMarketplaceUrl();
        if (url.isEmpty()) {
            return seed(Optional.empty());
        }
        Optional<MarketplaceListing> fresh = fresh(url.get());
        if (fresh.isPresent()) {
            return fresh.get();
        }
        synchronized (fetching) {
            return fresh(url.get()).orElseGet(() -> fetchAndKeep(url.get()));
        }
    }

    /** Drops the kept outcome, so the next listing fetches the registry (HOST.md: saving a URL drops the cache). */
    public void forget() {
        generation.incrementAndGet();
        cached = null;
    }

    private Optional<MarketplaceListing> fresh(String url) {
        Cached kept = cached;
        return kept != null && kept.url().equals(url) && clock.instant().isBefore(kept.expiresAt())
                ? Optional.of(kept.listing())
                : Optional.empty();
    }

    private MarketplaceListing fetchAndKeep(String url) {
        long startedIn = generation.get();
        MarketplaceListing listing = fetch(url);
        if (startedIn == generation.get()) {
            cached = new Cached(url, listing, clock.instant().plus(CACHE_DURATION));
        }
        return listing;
    }

    private MarketplaceListing fetch(String url) {
        RegistryDocument.Reading reading;
        try {
            reading = RegistryDocument.read(remote.registry(url), MarketplaceEntryReader.Source.REMOTE);
        } catch (DomainException failure) {
            return seed(Optional.of("Remote registry could not be read: " + failure.getMessage() + FALLBACK));
        } catch (RuntimeException unexpected) {
            return seed(Optional.of("Remote registry could not be read" + FALLBACK));
        }
        if (reading instanceof Listed listed) {
            return new MarketplaceListing(listed.entries(), ListingSource.REMOTE, Optional.empty(), listed.skipped());
        }
        return seed(Optional.of(((Unusable) reading).reason() + FALLBACK));
    }

    private MarketplaceListing seed(Optional<String> warning) {
        return new MarketplaceListing(bundled.entries(), ListingSource.SEED, warning, List.of());
    }
}
