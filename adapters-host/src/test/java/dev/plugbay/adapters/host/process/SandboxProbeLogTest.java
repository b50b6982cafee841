package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.plugbay.adapters.host.HomeSettings;
import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.testing.PluginFolders;
import dev.plugbay.adapters.host.testing.TestHost;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** RUNTIME.md "Sandbox": the startup probe's result is logged once, when the runtime is created, and not per plugin. */
class SandboxProbeLogTest {

    @TempDir
    Path root;

    @Test
    void theProbesResultIsLoggedOnceWhateverThePluginsStarted() {
        Logger logger = (Logger) LoggerFactory.getLogger(StartupProbe.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        MemoryPluginLogs logs = new MemoryPluginLogs(500, Clock.systemUTC());
        ProcessRuntime runtime = new ProcessRuntime(TestHost.settings(Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(1)), new HomeSettings(root.resolve("home").toString()), logs, Clock.systemUTC());
        try {
            PluginFolders folders = new PluginFolders(root);
            runtime.start(folders.plugin("first", "index.mjs", "export default {};\n", Set.of()));
            runtime.start(folders.plugin("second", "index.mjs", "export default {};\n", Set.of()));
        } finally {
            runtime.close();
            logger.detachAppender(appender);
        }

        List<String> probes = appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.startsWith("Plugin sandbox on this machine: ")).toList();
        assertEquals(List.of(TestHost.CAPABILITIES.describe()), probes);
    }
}
