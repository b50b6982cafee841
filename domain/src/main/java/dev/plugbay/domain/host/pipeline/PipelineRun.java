package dev.plugbay.domain.host.pipeline;

import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * A finished pipeline: the answer the host application gets (HOST.md "Hook route") and one
 * execution per participant reached, in order, for the metrics.
 */
public record PipelineRun(JsonObject answer, List<Execution> executions) {

    public PipelineRun {
        Objects.requireNonNull(answer, "answer");
        executions = List.copyOf(executions);
    }
}
