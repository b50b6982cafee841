package dev.plugbay.adapters.persistence.shared;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class PostgresSharedCatalogTest extends SharedCatalogTest {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
