package dev.plugbay.adapters.persistence.transaction;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognizes the database failures that mean something in the domain, by SQLSTATE (the same
 * codes on H2 and PostgreSQL). Everything else stays a technical failure, which the REST adapter
 * reports as INTERNAL_ERROR without its message.
 */
public final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return sqlState(failure).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    public static boolean isForeignKeyViolation(Throwable failure) {
        return sqlState(failure).filter(FOREIGN_KEY_VIOLATION::equals).isPresent();
    }

    static RuntimeException translate(SQLException failure) {
        return new PersistenceFailure(failure);
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** A database failure with no domain meaning. Its message never reaches a user. */
    static final class PersistenceFailure extends RuntimeException {
        PersistenceFailure(SQLException cause) {
            super("The database failed: SQLSTATE " + cause.getSQLState(), cause);
        }
    }
}
