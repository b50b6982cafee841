package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class PostgresCachedSearchTest extends CachedSearchTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
