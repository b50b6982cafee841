package dev.plugbay.adapters.rest.tracing;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A request's id: the caller's {@code X-Request-Id} when it is a short plain token (a proxy's id is
 * kept), otherwise a new UUID. Answered in the same header.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** @param offered the request's {@code X-Request-Id}, if any */
    public static String of(@Nullable String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random version 4 UUID from the thread's own generator: an id needs to be unique, not
     * unguessable, and {@link UUID#randomUUID()} makes every request queue on one secure generator.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(most, least).toString();
    }
}
