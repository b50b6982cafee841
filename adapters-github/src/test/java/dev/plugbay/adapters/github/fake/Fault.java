package dev.plugbay.adapters.github.fake;

import java.time.Duration;
import java.util.Map;

/** A failure the fake injects into the requests it matches. */
public sealed interface Fault {

    /** Answer this status with a small JSON error body. */
    record Status(int status) implements Fault {
    }

    /** Answer 403 (or 429) with {@code x-ratelimit-remaining: 0}, as GitHub does when the limit is spent. */
    record RateLimited(int status) implements Fault {
    }

    /** Wait this long before answering normally. */
    record Delay(Duration delay) implements Fault {
    }

    /**
     * Hold each request until {@code parties} matching requests are held together, or {@code atMost} has
     * passed, then answer normally: a client that never sends that many at once waits {@code atMost} per
     * request, one that does is let through at once. Concurrency is then seen without racing a timer.
     */
    record Gather(int parties, Duration atMost) implements Fault {
    }

    /** Answer 200 with this body and content type instead of the real content. */
    record Body(byte[] body, String contentType) implements Fault {
    }

    /** Answer 200 with this body sent chunked, without a Content-Length. */
    record Chunked(byte[] body, String contentType) implements Fault {
    }

    /** Answer 302 to this location. */
    record Redirect(String location) implements Fault {
    }

    /** Answer 200 with the given headers and the real body (for example a wrong content type). */
    record Headers(Map<String, String> headers) implements Fault {
    }
}
