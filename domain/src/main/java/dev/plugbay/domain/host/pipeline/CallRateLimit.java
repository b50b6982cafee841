package dev.plugbay.domain.host.pipeline;

import dev.plugbay.domain.host.RetryAfter;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RUNTIME.md "Hook pipeline", rate limit: per plugin, at most {@code limit} calls in a fixed one-second
 * window, opened by the first call after the last window closed. It covers onRequest, onResponse,
 * onError and onAction; lifecycle hooks are exempt. Safe for concurrent callers.
 */
public final class CallRateLimit {

    public static final Duration WINDOW = Duration.ofSeconds(1);
    public static final Set<Hook> LIMITED = Set.of(Hook.ON_REQUEST, Hook.ON_RESPONSE, Hook.ON_ERROR, Hook.ON_ACTION);

    private final int limit;
    private final Map<PluginId, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant opened, int calls) {

        boolean closedAt(Instant now) {
            return !now.isBefore(opened.plus(WINDOW));
        }
    }

    public CallRateLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a rate limit admits at least one call per second, not " + limit);
        }
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /**
     * Counts one call of {@code hook} to {@code plugin} at {@code now}: empty when it may be sent, else
     * the whole seconds (at least 1) until its window closes. Exempt hooks are always admitted, uncounted.
     */
    public OptionalLong admit(PluginId plugin, Hook hook, Instant now) {
        if (!LIMITED.contains(hook)) {
            return OptionalLong.empty();
        }
        boolean[] admitted = new boolean[1];
        Window window = windows.compute(plugin, (name, current) -> {
            Window open = current == null || current.closedAt(now) ? new Window(now, 0) : current;
            admitted[0] = open.calls() < limit;
            return admitted[0] ? new Window(open.opened(), open.calls() + 1) : open;
        });
        if (admitted[0]) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(RetryAfter.secondsUntil(now, window.opened().plus(WINDOW)));
    }
}
