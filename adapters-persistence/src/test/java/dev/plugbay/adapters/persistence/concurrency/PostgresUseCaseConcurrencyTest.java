package dev.plugbay.adapters.persistence.concurrency;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUseCaseConcurrencyTest extends UseCaseConcurrencyTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onPostgres();

    @Override
    protected PersistenceAdapter adapter() {
        return ADAPTER;
    }
}
