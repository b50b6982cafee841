package dev.plugbay.adapters.persistence.concurrency;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2WriteTransactionsTest extends WriteTransactionsTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onH2();

    @Override
    protected PersistenceAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected boolean writersWaitForEachOther() {
        return true;
    }
}
