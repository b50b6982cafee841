package dev.plugbay.domain.host;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The unexpected exits of one active plugin since its last activation (RUNTIME.md "Timeouts,
 * crashes, restarts"), and what each new one leads to: a respawn after min(2^(n−1), 30) s for the
 * n-th consecutive crash (n starts again once a process has run 60 s), or, at the 5th crash within
 * 5 minutes, the crash loop.
 *
 * @param consecutive crashes in a row, none of whose processes ran 60 s
 * @param recent      when each crash of the last 5 minutes happened, oldest first
 */
public record CrashHistory(int consecutive, List<Instant> recent) {

    public static final CrashHistory NONE = new CrashHistory(0, List.of());
    public static final int LOOP_CRASHES = 5;
    public static final Duration LOOP_WINDOW = Duration.ofMinutes(5);
    public static final Duration STABLE_RUN = Duration.ofSeconds(60);
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    public CrashHistory {
        if (consecutive < 0) {
            throw new IllegalArgumentException("consecutive crashes cannot be negative");
        }
        recent = List.copyOf(recent);
    }

    /** What one more crash leads to. */
    public sealed interface Verdict {
        CrashHistory history();
    }

    /** Start again {@code delay} after the crash. */
    public record Respawn(Duration delay, CrashHistory history) implements Verdict {
        public Respawn {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(history, "history");
        }
    }

    /** Stop restarting: the plugin goes to {@code error} with {@code message}. */
    public record CrashLoop(String message, CrashHistory history) implements Verdict {
        public CrashLoop {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(history, "history");
        }
    }

    /**
     * Records a crash at {@code at} of a process that ran for {@code ran} (zero when the restart
     * itself failed), for {@code reason} (in words, for the crash loop's message).
     */
    public Verdict crashed(Instant at, Duration ran, String reason) {
        int n = ran.compareTo(STABLE_RUN) >= 0 ? 1 : consecutive + 1;
        List<Instant> window = new ArrayList<>();
        for (Instant crash : recent) {
            if (crash.isAfter(at.minus(LOOP_WINDOW))) {
                window.add(crash);
            }
        }
        window.add(at);
        CrashHistory next = new CrashHistory(n, window);
        if (window.size() >= LOOP_CRASHES) {
            return new CrashLoop("Crash loop: " + LOOP_CRASHES + " unexpected exits within 5 minutes (last: " + reason + ")",
                    next);
        }
        return new Respawn(backoff(n), next);
    }

    private static Duration backoff(int n) {
        return n > 6 ? MAX_BACKOFF : Duration.ofSeconds(Math.min(1L << (n - 1), MAX_BACKOFF.toSeconds()));
    }
}
