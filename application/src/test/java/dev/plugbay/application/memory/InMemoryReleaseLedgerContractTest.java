package dev.plugbay.application.memory;

import dev.plugbay.application.contract.ReleaseLedgerContract;
import dev.plugbay.application.contract.PersistencePorts;

class InMemoryReleaseLedgerContractTest extends ReleaseLedgerContract {

    @Override
    protected PersistencePorts createPorts() {
        return new InMemoryPersistence().ports();
    }
}
