package dev.plugbay.application.memory;

import dev.plugbay.application.contract.PluginLogsContract;
import dev.plugbay.application.port.out.host.PluginLogs;

class InMemoryPluginLogsContractTest extends PluginLogsContract {

    @Override
    protected PluginLogs logs(int capacity) {
        return new InMemoryPluginLogs(capacity, CLOCK);
    }
}
