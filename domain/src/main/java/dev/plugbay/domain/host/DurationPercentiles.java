package dev.plugbay.domain.host;

import java.util.Collection;
import java.util.Optional;

/** The 50th, 95th and 99th percentile of call durations by nearest rank (RUNTIME.md "Metrics and executions"). */
public record DurationPercentiles(long p50Ms, long p95Ms, long p99Ms) {

    /**
     * By nearest rank: the p-th percentile of n sorted durations is the one at rank ⌈p × n / 100⌉
     * (counting from 1). Empty when there is no duration.
     */
    public static Optional<DurationPercentiles> nearestRank(Collection<Long> durationsMs) {
        if (durationsMs.isEmpty()) {
            return Optional.empty();
        }
        long[] sorted = durationsMs.stream().mapToLong(Long::longValue).sorted().toArray();
        return Optional.of(new DurationPercentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99)));
    }

    private static long rank(long[] sorted, int percent) {
        int rank = (int) ((percent * (long) sorted.length + 99) / 100);
        return sorted[rank - 1];
    }
}
