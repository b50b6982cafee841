package dev.plugbay.adapters.persistence.contract;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.application.contract.InstallationsContract;
import dev.plugbay.application.contract.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2InstallationsContractTest extends InstallationsContract {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onH2();

    @Override
    protected PersistencePorts createPorts() {
        return ADAPTER.emptyPorts();
    }
}
