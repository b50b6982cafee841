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

    /**
     * The outcome of a sent call: {@code ok} for an answer, {@code error} for an error answer or a call
     * that was too large to send, {@code timeout}, {@code crashed}; the error in words.
     */
    static Execution of(PluginId plugin, Hook hook, Instant startedAt, Instant endedAt, CallResult result) {
        CallOutcome outcome = result instanceof CallResult.Answered ? CallOutcome.OK
                : result instanceof CallResult.TimedOut ? CallOutcome.TIMEOUT
                : result instanceof CallResult.Crashed ? CallOutcome.CRASHED
                : CallOutcome.ERROR;
        long durationMs = Math.max(0, Duration.between(startedAt, endedAt).toMillis());
        return new Execution(plugin, hook, startedAt, durationMs, outcome, HostPluginMessages.failure(result).orElse(null));
    }
}
