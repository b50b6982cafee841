package dev.plugbay.adapters.persistence.shared;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class H2SharedCatalogTest extends SharedCatalogTest {

    @Override
    TestDatabase database() {
        return TestDatabase.h2InMemory();
    }
}
