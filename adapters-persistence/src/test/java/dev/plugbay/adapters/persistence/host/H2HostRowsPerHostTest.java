package dev.plugbay.adapters.persistence.host;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

class H2HostRowsPerHostTest extends HostRowsPerHostTest {

    @BeforeAll
    static void startTwoHosts() {
        start(TestDatabase.h2InMemory());
    }
}
