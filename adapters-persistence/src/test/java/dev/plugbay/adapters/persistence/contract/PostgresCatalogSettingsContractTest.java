package dev.plugbay.adapters.persistence.contract;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.application.contract.CatalogSettingsContract;
import dev.plugbay.application.contract.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCatalogSettingsContractTest extends CatalogSettingsContract {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onPostgres();

    @Override
    protected PersistencePorts createPorts() {
        return ADAPTER.emptyPorts();
    }
}
