package dev.plugbay.application.memory;

import dev.plugbay.application.contract.CatalogSettingsContract;
import dev.plugbay.application.contract.PersistencePorts;

class InMemoryCatalogSettingsContractTest extends CatalogSettingsContract {

    @Override
    protected PersistencePorts createPorts() {
        return new InMemoryPersistence().ports();
    }
}
