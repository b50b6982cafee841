package dev.plugbay.adapters.persistence.lenient;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresLenientReadTest extends LenientReadTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onPostgres();

    @Override
    protected PersistenceAdapter adapter() {
        return ADAPTER;
    }
}
