package dev.plugbay.application.memory;

import dev.plugbay.application.contract.DownloadCounterContract;
import dev.plugbay.application.contract.PersistencePorts;

class InMemoryDownloadCounterContractTest extends DownloadCounterContract {

    @Override
    protected PersistencePorts createPorts() {
        return new InMemoryPersistence().ports();
    }
}
