package dev.plugbay.adapters.host.process;

import dev.plugbay.adapters.host.sandbox.HostCapabilities;
import dev.plugbay.adapters.host.sandbox.SandboxProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's capabilities, probed once at startup on a daemon thread of their own while the
 * rest of the start goes on, and logged once. Closing it stops a probe still running and waits for
 * it to end, so that nothing writes to the probe's scratch folder once the runtime is closed.
 */
final class StartupProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final CompletableFuture<HostCapabilities> capabilities;
    private final Optional<Thread> probing;

    private StartupProbe(CompletableFuture<HostCapabilities> capabilities, Optional<Thread> probing) {
        this.capabilities = capabilities;
        this.probing = probing;
    }

    /** Starts probing with the Node.js named {@code node}, the probe's scratch files in {@code scratch}. */
    static StartupProbe start(String node, Path scratch) {
        SandboxProbe probe = SandboxProbe.withScratch(System.getenv(), SandboxProbe.runningAsRoot(), scratch);
        CompletableFuture<HostCapabilities> capabilities = new CompletableFuture<>();
        Thread probing = RuntimeThreads.daemon("plugbay-sandbox-probe", () -> {
            try {
                HostCapabilities found = probe.probe(node);
                if (Thread.currentThread().isInterrupted()) {
                    capabilities.cancel(false); // stopped midway: what it found says nothing about this machine
                    return;
                }
                LOG.info(found.describe());
                capabilities.complete(found);
            } catch (RuntimeException failure) {
                capabilities.completeExceptionally(failure);
            }
        });
        probing.start();
        return new StartupProbe(capabilities, Optional.of(probing));
    }

    /** Capabilities known already: nothing is probed. */
    static StartupProbe known(HostCapabilities capabilities) {
        return new StartupProbe(CompletableFuture.completedFuture(capabilities), Optional.empty());
    }

    CompletableFuture<HostCapabilities> capabilities() {
        return capabilities;
    }

    @Override
    public void close() {
        probing.ifPresent(thread -> {
            thread.interrupt();
            try {
                thread.join(STOP_WAIT.toMillis());
            } catch (InterruptedException closing) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
