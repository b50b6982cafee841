package dev.plugbay.adapters.host.process;

import java.time.Duration;

/** Durations in messages: {@code 10 s}, or {@code 500 ms} below a whole second. */
final class Durations {

    private Durations() {
    }

    static String words(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
