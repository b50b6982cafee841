package dev.plugbay.adapters.persistence.nulcharacter;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2StorableTextTest extends StorableTextTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onH2();

    @Override
    protected PersistenceAdapter adapter() {
        return ADAPTER;
    }
}
