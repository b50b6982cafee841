package dev.plugbay.adapters.persistence.contract;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.application.port.out.host.HostSettings;
import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.contracts.persistence.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPersistenceAdapterTest extends PersistenceAdapterTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onPostgres();

    @Override
    protected PersistencePorts emptyPorts() {
        return ADAPTER.emptyPorts();
    }

    @Override
    protected HostSettings emptyHostSettings() {
        return ADAPTER.emptyHostSettings();
    }

    @Override
    protected PluginExecutions emptyExecutions() {
        return ADAPTER.emptyExecutions();
    }
}
