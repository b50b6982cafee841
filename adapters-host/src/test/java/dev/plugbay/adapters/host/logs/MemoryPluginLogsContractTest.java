package dev.plugbay.adapters.host.logs;

import dev.plugbay.application.contract.PluginLogsContract;
import dev.plugbay.application.port.out.host.PluginLogs;

class MemoryPluginLogsContractTest extends PluginLogsContract {

    @Override
    protected PluginLogs logs(int capacity) {
        return new MemoryPluginLogs(capacity, CLOCK);
    }
}
