package dev.plugbay.adapters.persistence.schema;

import dev.plugbay.adapters.persistence.support.TestDatabase;

class H2HostRowsAdoptionTest extends HostRowsAdoptionTest {

    @Override
    TestDatabase database() {
        return TestDatabase.h2InMemory();
    }
}
