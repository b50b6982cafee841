package dev.plugbay.application.service.host;

import dev.plugbay.domain.host.Execution;

/**
 * Where the runtime reports how each hook call ended, sent or not (RUNTIME.md "Metrics and
 * executions"). A call never waits on it: implementations return at once and never throw.
 */
@FunctionalInterface
public interface ExecutionRecorder {

    void record(Execution execution);
}
