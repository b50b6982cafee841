package dev.plugbay.application.port.out.host;

/**
 * Starts the child processes that run host plugins' code (RUNTIME.md "Processes", "Wire protocol",
 * "Environment", "Sandbox", "Integrity"). A process serves one plugin; supervision (respawn,
 * backoff, crash loop) and which hooks to deliver are the caller's business.
 */
public interface PluginProcesses {

    /**
     * Checks the entry file's integrity pin, launches the process (sandboxed, in a process group of
     * its own) and waits for its {@code ready} message within the start timeout.
     *
     * @throws dev.plugbay.domain.error.IntegrityMismatchException the entry file does not match its pin (no process)
     * @throws dev.plugbay.domain.error.EnforcementUnavailableException enforcement is required and a withheld permission cannot be enforced
     * @throws dev.plugbay.domain.error.PluginTimeoutException no ready message in time (the process is stopped)
     * @throws dev.plugbay.domain.error.PluginErrorException the entry is missing or not executable, the process
     *         exited before it was ready, or its ready message was malformed
     */
    PluginProcess start(ProcessSpec spec);

    /** What this machine enforces for each permission the plugin withholds (RUNTIME.md "Sandbox"). */
    SandboxReport sandbox(ProcessSpec spec);
}
