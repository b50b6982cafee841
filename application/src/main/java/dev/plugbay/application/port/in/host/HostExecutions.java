package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.ExecutionSummary;
import java.util.List;
import java.util.Objects;

/** A plugin's newest executions, newest first, and the summary over all its kept executions. */
public record HostExecutions(List<Execution> executions, ExecutionSummary summary) {

    public HostExecutions {
        executions = List.copyOf(executions);
        Objects.requireNonNull(summary, "summary");
    }
}
