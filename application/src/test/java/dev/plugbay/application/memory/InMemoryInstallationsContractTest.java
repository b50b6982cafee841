package dev.plugbay.application.memory;

import dev.plugbay.application.contract.InstallationsContract;
import dev.plugbay.application.contract.PersistencePorts;

class InMemoryInstallationsContractTest extends InstallationsContract {

    @Override
    protected PersistencePorts createPorts() {
        return new InMemoryPersistence().ports();
    }
}
