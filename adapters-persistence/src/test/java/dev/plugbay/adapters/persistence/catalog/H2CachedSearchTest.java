package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class H2CachedSearchTest extends CachedSearchTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2InMemory();
    }
}
