package dev.plugbay.application.service.host;

import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Duration;
import java.time.Instant;

/** What one call to a plugin's process becomes in the executions (RUNTIME.md "Metrics and executions"). */
final class CallExecutions {

    private CallExecutions() {
    }

    /** A sent call's execution, its error in words. */
    static Execution of(PluginId plugin, Hook hook, Instant startedAt, Instant endedAt, CallResult result) {
        long durationMs = Math.max(0, Duration.between(startedAt, endedAt).toMillis());
        return new Execution(plugin, hook, startedAt, durationMs, outcome(result), HostPluginMessages.failure(result).orElse(null));
    }

    /**
     * How a sent call ended: {@code ok} for an answer, {@code timeout}, {@code crashed}, and
     * {@code error} for an error answer or a call too large to send.
     */
    static CallOutcome outcome(CallResult result) {
        return result instanceof CallResult.Answered ? CallOutcome.OK
                : result instanceof CallResult.TimedOut ? CallOutcome.TIMEOUT
                : result instanceof CallResult.Crashed ? CallOutcome.CRASHED
                : CallOutcome.ERROR;
    }
}
