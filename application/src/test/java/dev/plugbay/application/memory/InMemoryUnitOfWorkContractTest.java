package dev.plugbay.application.memory;

import dev.plugbay.application.contract.UnitOfWorkContract;
import dev.plugbay.application.contract.PersistencePorts;

class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {

    @Override
    protected PersistencePorts createPorts() {
        return new InMemoryPersistence().ports();
    }
}
