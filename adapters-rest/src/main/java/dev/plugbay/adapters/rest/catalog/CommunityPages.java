package dev.plugbay.adapters.rest.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plugbay.adapters.rest.security.Callers;
import dev.plugbay.adapters.rest.view.PluginView;
import dev.plugbay.adapters.rest.view.PluginViews;
import dev.plugbay.application.port.in.catalog.BrowseCatalogUseCase;
import dev.plugbay.application.port.in.catalog.CatalogPage;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.plugin.SlotCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;

/**
 * Community pages rendered to JSON with their entity tags, kept by (query, catalog revision). The
 * query names its viewer, and the revision advances with every committed change to plugins or
 * installations, so equal keys give equal bytes: a kept page is served until the revision moves
 * on, with no database read when the revision is known in memory. A page is read after the
 * revision it is kept under, so it is never older than that revision.
 */
@Singleton
class CommunityPages {

    private static final Argument<List<PluginView>> VIEWS = Argument.listOf(PluginView.class);

    private final BrowseCatalogUseCase browse;
    private final Callers callers;
    private final SlotCatalog slots;
    private final CommunityPaging paging;
    private final JsonMapper json;
    private final Cache<RevisedQuery, CommunityPage> pages;

    /** @param meters the application's meter registry, which reports the cache (none: the cache is not metered) */
    CommunityPages(BrowseCatalogUseCase browse, Callers callers, SlotCatalog slots, CommunityPaging paging,
            JsonMapper json, RestSettings settings, @Nullable MeterRegistry meters) {
        this.browse = browse;
        this.callers = callers;
        this.slots = slots;
        this.paging = paging;
        this.json = json;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.pageCacheBytes())
                .<RevisedQuery, CommunityPage>weigher((query, page) -> page.body().length)
                .recordStats()
                .build();
        if (meters != null) {
            CaffeineCacheMetrics.monitor(meters, pages, "community-pages");
        }
    }

    /**
     * The caller's page at the current revision: kept, or read and rendered (this may wait on the
     * database, and on the profile service that names the caller).
     */
    CommunityPage of(CommunityQuery query, Authentication caller) {
        CatalogQuery catalogQuery = query.toCatalogQuery(callers.browsing(caller), slots, paging.unpagedLimit());
        return pages.get(new RevisedQuery(catalogQuery, browse.revision()), revised -> render(browse.browse(catalogQuery)));
    }

    /**
     * The caller's page at the current revision when it is kept, the revision is known in memory
     * and so is the caller's name: waits on nothing.
     */
    Optional<CommunityPage> keptWithoutWaiting(CommunityQuery query, Authentication caller) {
        OptionalLong revision = browse.revisionWithoutWaiting();
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        return callers.browsingWithoutWaiting(caller).flatMap(viewer -> Optional.ofNullable(pages.getIfPresent(
                new RevisedQuery(query.toCatalogQuery(viewer, slots, paging.unpagedLimit()), revision.getAsLong()))));
    }

    private CommunityPage render(CatalogPage page) {
        try {
            byte[] body = json.writeValueAsBytes(VIEWS, page.entries().stream().map(PluginViews::catalog).toList());
            return new CommunityPage(page, body, EntityTag.of(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page's position in the results, its JSON and its strong entity tag, and the JSON gzipped the
     * first time a client asks for it that way (the kept pages' route then sends the same bytes again
     * instead of compressing the page for every request). The cache weighs the JSON only: the gzipped
     * copy is a few percent more.
     */
    static final class CommunityPage {

        private final CatalogPage page;
        private final byte[] body;
        private final String entityTag;
        private volatile byte[] gzipped;

        CommunityPage(CatalogPage page, byte[] body, String entityTag) {
            this.page = page;
            this.body = body;
            this.entityTag = entityTag;
        }

        CatalogPage page() {
            return page;
        }

        byte[] body() {
            return body;
        }

        String entityTag() {
            return entityTag;
        }

        /** @param level the deflate level, 0–9; the first call's level is kept */
        byte[] gzipped(int level) {
            byte[] kept = gzipped;
            if (kept == null) {
                kept = gzip(body, level);
                gzipped = kept;
            }
            return kept;
        }

        private static byte[] gzip(byte[] bytes, int level) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 4 + 64);
            try (GZIPOutputStream out = new GZIPOutputStream(compressed) {
                {
                    def.setLevel(level);
                }
            }) {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory", e);
            }
            return compressed.toByteArray();
        }
    }

    private record RevisedQuery(CatalogQuery query, long revision) {
    }
}
