package dev.plugbay.adapters.persistence.transaction;

import dev.plugbay.adapters.persistence.database.DatabaseKind;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.micronaut.transaction.TransactionCallback;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The adapter's access to Micronaut's JDBC transactions. Every call joins the transaction already
 * running on the thread (a use case's unit of work) or runs in its own, so that a port method
 * that writes several rows is atomic even when called alone.
 *
 * <p>On H2, write transactions run one at a time. H2's MVStore writes its maps to the file one
 * after the other while other sessions keep writing, so a process killed while two transactions
 * were writing could leave a "leftover": a change of the unfinished transaction whose undo record
 * was not written, which H2 cannot roll back and later shows as committed (seen as a downloadCount
 * one above the installations after a SIGKILL; H2ServerStopTest). With a single writer, every
 * state H2 writes holds each transaction's changes together with their undo records. PostgreSQL
 * needs no such gate: its write-ahead log makes every transaction all or nothing.
 */
@Singleton
public class Transactions {

    private final TransactionOperations<Connection> operations;
    private final DataSource dataSource;
    private final ReentrantLock singleWriter = new ReentrantLock(true);
    private volatile DatabaseKind database;

    public Transactions(TransactionOperations<Connection> operations, DataSource dataSource) {
        this.operations = operations;
        this.dataSource = dataSource;
    }

    /** The database the transactions run on, asked once: the data source always leads to the same one. */
    public DatabaseKind database() {
        DatabaseKind known = database;
        if (known == null) {
            known = reading((connection, afterCommit) -> DatabaseKind.of(connection, dataSource));
            database = known;
        }
        return known;
    }

    public <T> T write(Supplier<T> work) {
        return writing(status -> work.get());
    }

    /** Runs a write transaction (or joins the running one), alone on H2: see the class comment. */
    private <T> T writing(TransactionCallback<Connection, T> work) {
        if (!database().isH2()) {
            return operations.executeWrite(work);
        }
        singleWriter.lock();
        try {
            return operations.executeWrite(work);
        } finally {
            singleWriter.unlock();
        }
    }

    public <T> T read(Supplier<T> work) {
        return operations.executeRead(status -> work.get());
    }

    /** Runs hand-written SQL on the current transaction's connection (joining it, or in a new one). */
    public <T> T withConnection(SqlWork<T> work) {
        return writing(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException failure) {
                throw SqlFailures.translate(failure);
            }
        });
    }

    /**
     * Runs hand-written reads on the current transaction's connection (joining it, or in a new
     * one). The work may hand over actions to run once the outermost transaction has committed:
     * what it read is then known to be committed, even if it was written by that very transaction;
     * after a rollback they never run.
     */
    public <T> T reading(ReadWork<T> work) {
        return operations.executeRead(status -> {
            try {
                return work.run(status.getConnection(), action -> status.registerSynchronization(
                        new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                action.run();
                            }
                        }));
            } catch (SQLException failure) {
                throw SqlFailures.translate(failure);
            }
        });
    }

    /**
     * Runs hand-written SQL on the current transaction's connection just before it commits (once
     * per call), after everything else the transaction does: rows it locks are locked last, so
     * they take part in no lock-order cycle. Its failure is the commit's failure. Called outside a
     * transaction, runs the SQL in one of its own.
     */
    public void beforeCommit(SqlWork<?> work) {
        beforeCommit(work, () -> { });
    }

    /** As {@link #beforeCommit(SqlWork)}, then runs {@code afterCommit} once the transaction has committed. */
    public void beforeCommit(SqlWork<?> work, Runnable afterCommit) {
        writing(status -> {
            Connection connection = status.getConnection();
            status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    try {
                        work.run(connection);
                    } catch (SQLException failure) {
                        throw SqlFailures.translate(failure);
                    }
                }

                @Override
                public void afterCommit() {
                    afterCommit.run();
                }
            });
            return null;
        });
    }

    /** Reads run on a connection, with a way to act once what they read is committed. */
    @FunctionalInterface
    public interface ReadWork<T> {
        T run(Connection connection, Consumer<Runnable> afterCommit) throws SQLException;
    }

    /** SQL run on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
