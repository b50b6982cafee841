package dev.plugbay.bootstrap.operations;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link ServerStopRounds} on PostgreSQL: a database of each test's own, dropped afterwards. */
class PostgresServerStopTest extends ServerStopRounds {

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.postgres();
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Override
    protected Map<String, Object> database() {
        return database.properties();
    }
}
