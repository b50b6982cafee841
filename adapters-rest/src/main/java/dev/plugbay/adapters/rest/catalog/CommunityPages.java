package dev.plugbay.adapters.rest.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plugbay.adapters.rest.view.PluginView;
import dev.plugbay.adapters.rest.view.PluginViews;
import dev.plugbay.application.port.in.catalog.CatalogEntry;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.version.SemanticVersion;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The bytes of community pages and their entity tags, kept by what decides them: for each entry,
 * the plugin's identity and state (id, creation time, revision, highest version, download count,
 * official flag) and the caller's flags. Releases are immutable, never removed one by one, and each new one
 * is strictly higher than the rest and never published before under its id, so the highest
 * version names the whole release set; with the counters and flags it fixes every field of the
 * entry's view; equal stamps give equal
 * bytes, whoever asks. Any change to a page's content (a new release, a download, a flag) changes
 * its stamp, so a kept page is never served for content it does not show.
 */
@Singleton
class RenderedPages {

    private static final Argument<List<PluginView>> VIEWS = Argument.listOf(PluginView.class);

    private final JsonMapper json;
    private final Cache<List<EntryStamp>, RenderedPage> pages;

    RenderedPages(JsonMapper json, RestSettings settings) {
        this.json = json;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.pageCacheBytes())
                .<List<EntryStamp>, RenderedPage>weigher((stamp, page) -> page.body().length)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(Metrics.globalRegistry, pages, "community-pages");
    }

    RenderedPage of(List<CatalogEntry> entries) {
        return pages.get(entries.stream().map(EntryStamp::of).toList(), stamp -> render(entries));
    }

    private RenderedPage render(List<CatalogEntry> entries) {
        try {
            byte[] body = json.writeValueAsBytes(VIEWS, entries.stream().map(PluginViews::catalog).toList());
            return new RenderedPage(body, EntityTag.of(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's JSON and its strong entity tag. */
    record RenderedPage(byte[] body, String entityTag) {
    }

    private record EntryStamp(String id, Instant createdAt, long revision, SemanticVersion highestVersion,
            long downloadCount, boolean official, boolean mine, boolean installed) {

        static EntryStamp of(CatalogEntry entry) {
            Plugin plugin = entry.plugin();
            return new EntryStamp(plugin.id().value(), plugin.createdAt(), plugin.revision(), plugin.highestRelease().version(),
                    plugin.downloadCount(), plugin.isOfficial(), entry.mine(), entry.installed());
        }
    }
}
