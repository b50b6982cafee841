package dev.plugbay.adapters.persistence.schema;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class H2ListedUiBackfillTest extends ListedUiBackfillTest {

    @Override
    TestDatabase database() {
        return TestDatabase.h2InMemory();
    }
}
