package dev.plugbay.adapters.persistence.catalog.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.Plugin;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Catalog search results kept by the catalog revision they were read at (migration V4).
 *
 * <p>Every transaction that changes what a search can return marks itself with {@link #changed()};
 * the revision row then advances just before it commits, atomically with the change and on the
 * database every instance shares. A search reads the revision first and serves a result kept under
 * it, or reads the result and keeps it once the reading transaction has committed. A result kept
 * under revision r was read after r was committed, so it is never older than r; once another
 * change commits, no one reads r again. Rolled-back changes never advance the revision. A new or
 * removed installation is such a change too (it changes what a query that leaves out the viewer's
 * installations returns), so those results are kept like the rest.
 */
public final class SearchResultCache {

    private final Transactions transactions;
    private final Cache<RevisedQuery, Page<Plugin>> results;

    /** Keeps at most {@code maximumSize} results ({@code plugbay.catalog.search-cache-size}). */
    public SearchResultCache(Transactions transactions, long maximumSize) {
        this.transactions = transactions;
        this.results = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
        CaffeineCacheMetrics.monitor(Metrics.globalRegistry, results, "catalog-search-results");
    }

    /** The query's result at the current revision: kept, or read by {@code search}. */
    public Page<Plugin> get(CatalogQuery query, Supplier<Page<Plugin>> search) {
        return transactions.reading((connection, afterCommit) -> {
            long revision;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT revision FROM catalog_revision WHERE id = 1"); ResultSet rows = statement.executeQuery()) {
                rows.next();
                revision = rows.getLong(1);
            }
            RevisedQuery key = new RevisedQuery(query, revision);
            Page<Plugin> kept = results.getIfPresent(key);
            if (kept != null) {
                return kept;
            }
            Page<Plugin> read = search.get();
            afterCommit.accept(() -> results.put(key, read));
            return read;
        });
    }

    /**
     * The current transaction changes what a search returns (the catalog, or someone's
     * installations): the revision advances just before it commits. Static, because the
     * installations adapter changes results too and holds no cache of its own.
     */
    public static void changed(Transactions transactions) {
        transactions.beforeCommit(SearchResultCache::advanceRevision);
    }

    /**
     * Advances the revision, taking its row's lock until the transaction ends: every transaction
     * that changes the catalog takes it last, just before it commits (see {@link SearchCounts}).
     */
    static int advanceRevision(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1")) {
            return statement.executeUpdate();
        }
    }

    private record RevisedQuery(CatalogQuery query, long revision) {
    }
}
