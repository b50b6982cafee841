package dev.plugbay.bootstrap.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code plugbay.runtime.executions-kept}: the newest executions kept per host plugin (RUNTIME.md
 * "Metrics and executions"). The executions and metrics routes read all of them, hence the ceiling.
 */
@ConfigurationProperties("plugbay.runtime")
public record ExecutionsSettings(@Bindable(defaultValue = "1000") int executionsKept) {

    public static final int MAX_EXECUTIONS_KEPT = 100_000;

    public ExecutionsSettings {
        if (executionsKept < 1 || executionsKept > MAX_EXECUTIONS_KEPT) {
            throw new IllegalArgumentException("plugbay.runtime.executions-kept must be from 1 to " + MAX_EXECUTIONS_KEPT
                    + ", not " + executionsKept);
        }
    }
}
