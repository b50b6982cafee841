package dev.plugbay.adapters.persistence.concurrency;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresWriteTransactionsTest extends WriteTransactionsTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onPostgres();

    @Override
    protected PersistenceAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected boolean writersWaitForEachOther() {
        return false;
    }
}
