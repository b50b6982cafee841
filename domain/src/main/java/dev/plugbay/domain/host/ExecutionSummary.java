package dev.plugbay.domain.host;

import java.util.Collection;

/**
 * The executions route's {@code summary} (HOST.md) over a plugin's kept executions: {@code ok} and
 * {@code blocked} are successes, every other outcome a failure; the mean duration is rounded to the
 * nearest millisecond, 0 when there is none.
 */
public record ExecutionSummary(long totalCalls, long successCount, long failureCount, long avgDurationMs) {

    public static ExecutionSummary of(Collection<Execution> executions) {
        long successes = executions.stream().filter(execution -> execution.outcome().success()).count();
        long total = executions.size();
        long sum = executions.stream().mapToLong(Execution::durationMs).sum();
        return new ExecutionSummary(total, successes, total - successes, total == 0 ? 0 : Math.round((double) sum / total));
    }
}
