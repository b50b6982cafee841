package dev.plugbay.adapters.persistence.lenient;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2LenientReadTest extends LenientReadTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onH2();

    @Override
    protected PersistenceAdapter adapter() {
        return ADAPTER;
    }
}
