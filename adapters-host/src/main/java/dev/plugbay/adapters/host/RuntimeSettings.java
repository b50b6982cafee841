package dev.plugbay.adapters.host;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The {@code plugbay.runtime} settings of the process runtime (RUNTIME.md), checked when Plugbay
 * starts: a bad value stops the start with a message naming the property.
 */
@ConfigurationProperties("plugbay.runtime")
public record RuntimeSettings(
        @Bindable(defaultValue = "node") String node,
        @Bindable(defaultValue = "10s") Duration startTimeout,
        @Bindable(defaultValue = "10s") Duration callTimeout,
        @Bindable(defaultValue = "3s") Duration killGrace,
        @Bindable(defaultValue = "500") int logLines,
        @Nullable List<String> envPassthrough,
        @Bindable(defaultValue = "false") boolean requireEnforcement,
        @Bindable(defaultValue = "100") int rateLimit) {

    /** More lines per plugin than this would let a few chatty plugins hold gigabytes. */
    public static final int MAX_LOG_LINES = 10_000;

    public RuntimeSettings {
        if (node == null || node.isBlank()) {
            throw new IllegalArgumentException("plugbay.runtime.node must name the Node.js executable (default: node)");
        }
        requirePositive("start-timeout", startTimeout);
        requirePositive("call-timeout", callTimeout);
        requirePositive("kill-grace", killGrace);
        if (logLines < 1 || logLines > MAX_LOG_LINES) {
            throw new IllegalArgumentException("plugbay.runtime.log-lines must be from 1 to " + MAX_LOG_LINES + ", not " + logLines);
        }
        if (rateLimit < 1) {
            throw new IllegalArgumentException("plugbay.runtime.rate-limit must be at least 1 call per second, not " + rateLimit);
        }
        envPassthrough = envPassthrough == null ? List.of() : List.copyOf(envPassthrough);
    }

    /** The documented defaults. */
    public static RuntimeSettings defaults() {
        return new RuntimeSettings("node", Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(3), 500,
                List.of(), false, 100);
    }

    private static void requirePositive(String name, Duration value) {
        if (Objects.requireNonNull(value, "plugbay.runtime." + name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException("plugbay.runtime." + name + " must be a positive duration, not " + value);
        }
    }
}
