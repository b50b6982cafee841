package dev.plugbay.domain.host;

import java.util.Objects;
import java.util.Optional;

/** One metrics row (RUNTIME.md): a hook's counters and the percentiles of its kept executions, empty when none is kept. */
public record HookMetrics(HookCounters counters, Optional<DurationPercentiles> percentiles) {

    public HookMetrics {
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(percentiles, "percentiles");
    }
}
