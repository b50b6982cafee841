package dev.plugbay.adapters.persistence.contract;

import dev.plugbay.adapters.persistence.host.JdbcHostPlugins;
import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.contracts.host.HostPluginsContract;
import dev.plugbay.application.port.out.host.HostPlugins;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2HostPluginsContractTest extends HostPluginsContract {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onH2();

    @Override
    protected HostPlugins createHostPlugins() {
        ADAPTER.emptyPorts();
        return ADAPTER.context().getBean(JdbcHostPlugins.class);
    }
}
