package dev.plugbay.adapters.rest.tracing;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a short plain token (a proxy's
 * id is kept), otherwise a new UUID. The id is answered in {@code X-Request-Id} and is the MDC value
 * {@code requestId} of every log line written while the request is handled, on whichever thread.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @RequestFilter
    void assignId(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = Optional.ofNullable(request.getHeaders().get(HEADER))
                .filter(candidate -> ACCEPTED.matcher(candidate).matches())
                .orElseGet(RequestIdFilter::newId);
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void answerId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
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

    /** Outside every other filter, so that their refusals carry the id too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
