package dev.plugbay.adapters.host.process;

import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.testing.PluginFolders;
import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.contracts.host.PluginProcessesContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The contract against the real runtime on this machine; subclasses write the plugins in their language. */
abstract class RealPluginProcessesContract extends PluginProcessesContract {

    @TempDir
    Path root;

    protected PluginFolders folders;
    private MemoryPluginLogs logs;
    private ProcessRuntime runtime;

    @BeforeEach
    void freshRuntime() {
        logs = new MemoryPluginLogs(500, Clock.systemUTC());
        runtime = TestHost.runtime(TestHost.settings(START_TIMEOUT, CALL_TIMEOUT, KILL_GRACE), root.resolve("home"), logs);
        folders = new PluginFolders(root);
    }

    @AfterEach
    void stopRuntime() {
        runtime.close();
    }

    @Override
    protected PluginProcesses processes() {
        return runtime;
    }

    @Override
    protected PluginLogs logs() {
        return logs;
    }

    @Override
    protected boolean running(long pid) {
        return TestHost.running(pid);
    }
}
