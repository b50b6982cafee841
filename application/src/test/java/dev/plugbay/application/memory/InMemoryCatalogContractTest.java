package dev.plugbay.application.memory;

import dev.plugbay.application.contract.CatalogContract;
import dev.plugbay.application.contract.PersistencePorts;

class InMemoryCatalogContractTest extends CatalogContract {

    @Override
    protected PersistencePorts createPorts() {
        return new InMemoryPersistence().ports();
    }
}
