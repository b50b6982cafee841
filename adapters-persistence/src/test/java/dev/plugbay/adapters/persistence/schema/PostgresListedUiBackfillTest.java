package dev.plugbay.adapters.persistence.schema;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class PostgresListedUiBackfillTest extends ListedUiBackfillTest {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
