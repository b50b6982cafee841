package dev.plugbay.adapters.persistence.catalog.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.Plugin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.core.annotation.Nullable;
import java.util.function.Supplier;

/**
 * Catalog search results kept by the catalog revision they were read at ({@link JdbcCatalogRevision}).
 * A search reads the revision first and serves a result kept under it, or reads the result and
 * keeps it once the reading transaction has committed. A result kept under revision r was read
 * after r was committed, so it is never older than r; once another change commits, no one reads r
 * again. Rolled-back changes never advance the revision. A new or removed installation is such a
 * change too (it changes what a query that leaves out the viewer's installations returns), so
 * those results are kept like the rest.
 */
public final class SearchResultCache {

    private final Transactions transactions;
    private final JdbcCatalogRevision revision;
    private final Cache<RevisedQuery, Page<Plugin>> results;

    /**
     * Keeps at most {@code maximumSize} results ({@code plugbay.catalog.search-cache-size}), reported to
     * the application's meter registry {@code meters} when it has one.
     */
    public SearchResultCache(Transactions transactions, JdbcCatalogRevision revision, long maximumSize,
            @Nullable MeterRegistry meters) {
        this.transactions = transactions;
        this.revision = revision;
        this.results = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
        if (meters != null) {
            CaffeineCacheMetrics.monitor(meters, results, "catalog-search-results");
        }
    }

    /** The query's result at the current revision: kept, or read by {@code search}. */
    public Page<Plugin> get(CatalogQuery query, Supplier<Page<Plugin>> search) {
        return transactions.reading((connection, afterCommit) -> {
            RevisedQuery key = new RevisedQuery(query, revision.current());
            Page<Plugin> kept = results.getIfPresent(key);
            if (kept != null) {
                return kept;
            }
            Page<Plugin> read = search.get();
            afterCommit.accept(() -> results.put(key, read));
            return read;
        });
    }

    private record RevisedQuery(CatalogQuery query, long revision) {
    }
}
