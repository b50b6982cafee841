package dev.plugbay.application.service.host;

import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.pipeline.CallRateLimit;
import dev.plugbay.domain.host.pipeline.HandlerCall;
import dev.plugbay.domain.host.pipeline.Handlers;
import dev.plugbay.domain.host.pipeline.Participant;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Calls one plugin's handler for the pipeline and the action bridge: {@code unavailable} without a
 * running process (nothing is queued), {@code rate-limited} past the plugin's budget (not sent), and
 * otherwise the process's own ending, timed. A slow handler costs its own call timeout at most.
 */
final class PluginCalls implements Handlers {

    static final String NOT_RUNNING = "the plugin's process is not running";

    private final PluginSupervisor supervisor;
    private final CallRateLimit rateLimit;
    private final Clock clock;

    PluginCalls(PluginSupervisor supervisor, CallRateLimit rateLimit, Clock clock) {
        this.supervisor = supervisor;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @Override
    public CompletionStage<HandlerCall> call(Participant participant, Hook hook, JsonObject payload) {
        Instant startedAt = clock.instant();
        Optional<PluginProcess> process = supervisor.process(participant.plugin());
        if (process.isEmpty()) {
            return CompletableFuture.completedFuture(HandlerCall.failed(startedAt, 0, CallOutcome.UNAVAILABLE, NOT_RUNNING));
        }
        OptionalLong wait = rateLimit.admit(participant.plugin(), hook, startedAt);
        if (wait.isPresent()) {
            return CompletableFuture.completedFuture(rateLimited(startedAt));
        }
        return send(process.get(), hook, payload, startedAt);
    }

    /** Counts one call against the plugin's budget: empty when it may be sent, else the seconds to wait. */
    OptionalLong admit(PluginId plugin, Hook hook, Instant at) {
        return rateLimit.admit(plugin, hook, at);
    }

    HandlerCall rateLimited(Instant startedAt) {
        return HandlerCall.failed(startedAt, 0, CallOutcome.RATE_LIMITED,
                "more than " + rateLimit.limit() + " calls within 1 s; not sent");
    }

    /** Sends the call to the process and times it; every ending, a timeout included, is a {@link HandlerCall}. */
    CompletionStage<HandlerCall> send(PluginProcess process, Hook hook, JsonObject payload, Instant startedAt) {
        long started = System.nanoTime();
        return process.call(hook, payload).thenApply(result -> {
            long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (result instanceof CallResult.Answered answered) {
                return HandlerCall.answered(startedAt, durationMs, answered.result());
            }
            return HandlerCall.failed(startedAt, durationMs, CallExecutions.outcome(result),
                    HostPluginMessages.failure(result).orElseThrow());
        });
    }
}
