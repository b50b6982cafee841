package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.adapters.persistence.database.DatabaseKind;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.catalog.CatalogRevision;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalog revision (migration V4). Every transaction that changes what a browse returns marks
 * itself with {@link #changed()}: the {@code catalog_revision} row then advances just before it
 * commits, atomically with the change and on the database every instance shares, and a reader on
 * any instance sees the new revision at once.
 *
 * <p>An H2 database embedded in this JVM ({@link DatabaseKind#isEmbeddedInThisJvm()}) can be
 * changed from this JVM only, so its changes are also counted in memory, once per JVM and database
 * (every application context on it shares the count): advanced once each such transaction has
 * committed, read without a round trip. What a reader reads after seeing a count is never older
 * than that count; a reader that sees the old count in the instant between a commit and the
 * count's advance is answered before the writer is. Any other database is asked every time.
 */
@Singleton
public class JdbcCatalogRevision implements CatalogRevision {

    private static final String READ = "SELECT revision FROM catalog_revision WHERE id = 1";
    private static final String ADVANCE = "UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1";
    /** The change counts of the embedded databases this JVM has opened, by URL. */
    private static final ConcurrentMap<String, AtomicLong> EMBEDDED_COUNTS = new ConcurrentHashMap<>();

    private final Transactions transactions;
    /** Null until the database has been asked; empty when it is not embedded in this JVM. */
    private volatile Optional<AtomicLong> embeddedCount;

    JdbcCatalogRevision(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long current() {
        Optional<AtomicLong> count = embeddedCount();
        return count.isPresent() ? count.get().get() : transactions.reading((connection, afterCommit) -> read(connection));
    }

    /** The count in memory of an embedded database (known once the database has been asked). */
    @Override
    public OptionalLong currentInMemory() {
        Optional<AtomicLong> count = embeddedCount;
        return count != null && count.isPresent() ? OptionalLong.of(count.get().get()) : OptionalLong.empty();
    }

    /**
     * The current transaction changes what a browse returns (the catalog, or someone's
     * installations): the revision advances just before it commits, and the count once it has.
     */
    public void changed() {
        Optional<AtomicLong> count = embeddedCount();
        transactions.beforeCommit(JdbcCatalogRevision::advance, () -> count.ifPresent(AtomicLong::incrementAndGet));
    }

    /**
     * Advances the revision row, taking its lock until the transaction ends: every transaction
     * that changes the catalog takes it last, just before it commits (see {@link SearchCounts}).
     */
    static int advance(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADVANCE)) {
            return statement.executeUpdate();
        }
    }

    private static long read(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Optional<AtomicLong> embeddedCount() {
        Optional<AtomicLong> known = embeddedCount;
        if (known == null) {
            DatabaseKind database = transactions.database();
            known = database.isEmbeddedInThisJvm()
                    ? Optional.of(EMBEDDED_COUNTS.computeIfAbsent(database.url(), any -> new AtomicLong()))
                    : Optional.empty();
            embeddedCount = known;
        }
        return known;
    }
}
