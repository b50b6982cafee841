package dev.plugbay.application.service.host;

import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.error.PluginTimeoutException;
import dev.plugbay.domain.error.PluginUnavailableException;
import dev.plugbay.domain.error.RateLimitedException;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.RetryAfter;
import dev.plugbay.domain.host.pipeline.HandlerCall;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The host's side of the action bridge (RUNTIME.md "Action bridge", checks 4 to 6): the plugin's
 * running process, its onAction, its rate limit, then the call. Every call's ending is recorded,
 * {@code unavailable} and {@code rate-limited} included.
 */
public final class HostActions {

    /** The most of a plugin's error text an answer repeats. */
    static final int MAX_PLUGIN_TEXT = 500;

    private final PluginSupervisor supervisor;
    private final HostPluginStartup startup;
    private final PluginCalls calls;
    private final ExecutionRecorder recorder;
    private final Clock clock;

    HostActions(PluginSupervisor supervisor, HostPluginStartup startup, PluginCalls calls, ExecutionRecorder recorder,
            Clock clock) {
        this.supervisor = supervisor;
        this.startup = startup;
        this.calls = calls;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Calls the plugin's onAction with {@code payload}; answers its result.
     *
     * @throws PluginUnavailableException no running process (with the seconds to its next start when one is scheduled)
     * @throws PluginErrorException the process does not offer onAction, answered an error, or exited during the call
     * @throws RateLimitedException the plugin's budget for this second is spent
     * @throws PluginTimeoutException no answer within the call timeout
     */
    public JsonValue call(PluginId plugin, JsonObject payload) {
        startup.awaitFirstRound();
        Instant startedAt = clock.instant();
        Optional<PluginProcess> process = supervisor.process(plugin);
        if (process.isEmpty()) {
            recorder.record(new Execution(plugin, Hook.ON_ACTION, startedAt, 0, CallOutcome.UNAVAILABLE, PluginCalls.NOT_RUNNING));
            throw new PluginUnavailableException("Plugin '" + plugin + "' is not running on this server", retryAfter(plugin));
        }
        if (!process.get().offeredHooks().contains(Hook.ON_ACTION)) {
            throw new PluginErrorException("Plugin '" + plugin + "' declares onAction but its process does not offer it");
        }
        OptionalLong wait = calls.admit(plugin, Hook.ON_ACTION, startedAt);
        if (wait.isPresent()) {
            record(plugin, calls.rateLimited(startedAt));
            throw new RateLimitedException("Plugin '" + plugin + "' was called too often; retry after the time in Retry-After",
                    wait.getAsLong());
        }
        HandlerCall call = calls.send(process.get(), Hook.ON_ACTION, payload, startedAt).toCompletableFuture().join();
        record(plugin, call);
        return switch (call.outcome()) {
            case OK -> call.result();
            case TIMEOUT -> throw new PluginTimeoutException("Plugin '" + plugin + "' did not answer within its call timeout");
            case CRASHED -> throw new PluginErrorException("Plugin '" + plugin + "' exited during the call; see its logs");
            default -> throw new PluginErrorException("Plugin '" + plugin + "' failed: " + pluginText(call.error().orElse("")));
        };
    }

    private void record(PluginId plugin, HandlerCall call) {
        recorder.record(new Execution(plugin, Hook.ON_ACTION, call.startedAt(), call.durationMs(), call.outcome(),
                call.error().orElse(null)));
    }

    /** Seconds to the scheduled start, at least 1; empty when none is scheduled (stopped, crash loop). */
    private OptionalLong retryAfter(PluginId plugin) {
        return supervisor.nextStartAt(plugin)
                .map(next -> OptionalLong.of(RetryAfter.secondsUntil(clock.instant(), next)))
                .orElse(OptionalLong.empty());
    }

    /** The plugin's own text, control characters removed, at most {@value #MAX_PLUGIN_TEXT} characters. */
    static String pluginText(String text) {
        String clean = text.codePoints().filter(point -> !Character.isISOControl(point))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return MessageBounds.atMost(clean, MAX_PLUGIN_TEXT);
    }
}
