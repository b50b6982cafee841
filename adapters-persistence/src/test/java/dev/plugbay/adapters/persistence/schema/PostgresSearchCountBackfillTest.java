package dev.plugbay.adapters.persistence.schema;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class PostgresSearchCountBackfillTest extends SearchCountBackfillTest {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
