package dev.plugbay.adapters.persistence.nulcharacter;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStorableTextTest extends StorableTextTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onPostgres();

    @Override
    protected PersistenceAdapter adapter() {
        return ADAPTER;
    }
}
