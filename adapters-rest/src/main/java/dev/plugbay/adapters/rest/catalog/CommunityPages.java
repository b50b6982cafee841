package dev.plugbay.adapters.rest.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plugbay.adapters.rest.view.PluginView;
import dev.plugbay.adapters.rest.view.PluginViews;
import dev.plugbay.application.port.in.catalog.BrowseCatalogUseCase;
import dev.plugbay.application.port.in.catalog.CatalogPage;
import dev.plugbay.domain.catalog.CatalogQuery;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
    private final JsonMapper json;
    private final Cache<RevisedQuery, CommunityPage> pages;

    CommunityPages(BrowseCatalogUseCase browse, JsonMapper json, RestSettings settings) {
        this.browse = browse;
        this.json = json;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.pageCacheBytes())
                .<RevisedQuery, CommunityPage>weigher((query, page) -> page.body().length)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(Metrics.globalRegistry, pages, "community-pages");
    }

    /** The query's page at the current revision: kept, or read and rendered (this may wait on the database). */
    CommunityPage of(CatalogQuery query) {
        return pages.get(new RevisedQuery(query, browse.revision()), revised -> render(browse.browse(query)));
    }

    /** The query's page at the current revision when it is kept and the revision is known in memory: waits on nothing. */
    Optional<CommunityPage> keptWithoutWaiting(CatalogQuery query) {
        OptionalLong revision = browse.revisionWithoutWaiting();
        return revision.isPresent()
                ? Optional.ofNullable(pages.getIfPresent(new RevisedQuery(query, revision.getAsLong())))
                : Optional.empty();
    }

    private CommunityPage render(CatalogPage page) {
        try {
            byte[] body = json.writeValueAsBytes(VIEWS, page.entries().stream().map(PluginViews::catalog).toList());
            return new CommunityPage(page, body, EntityTag.of(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's position in the results, its JSON and its strong entity tag. */
    record CommunityPage(CatalogPage page, byte[] body, String entityTag) {
    }

    private record RevisedQuery(CatalogQuery query, long revision) {
    }
}
