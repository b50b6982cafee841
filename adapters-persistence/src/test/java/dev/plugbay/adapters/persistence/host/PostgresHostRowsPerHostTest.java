package dev.plugbay.adapters.persistence.host;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

class PostgresHostRowsPerHostTest extends HostRowsPerHostTest {

    @BeforeAll
    static void startTwoHosts() {
        start(TestDatabase.postgres());
    }
}
