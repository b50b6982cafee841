package dev.plugbay.adapters.persistence.schema;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class PostgresHostRowsAdoptionTest extends HostRowsAdoptionTest {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
