package dev.plugbay.adapters.rest.protection;

import dev.plugbay.adapters.rest.error.ApiErrors;
import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.concurrent.Semaphore;

/**
 * Admits at most {@code plugbay.limits.max-in-flight} requests at once and answers one more at once
 * with 503 {@code OVERLOADED} and {@code Retry-After}, so that a slow database or upstream makes
 * callers retry instead of piling up behind it. The liveness probe is always admitted.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class InFlightLimitFilter implements Ordered {

    static final String MESSAGE = "The server is busy: retry after the time in Retry-After";
    static final String RETRY_AFTER_SECONDS = "1";
    static final String LIVENESS_PATH = "/health/liveness";
    private static final String ADMITTED = InFlightLimitFilter.class.getName() + ".admitted";

    private final Semaphore slots;

    InFlightLimitFilter(LimitSettings settings) {
        this.slots = new Semaphore(settings.maxInFlight());
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        if (request.getPath().equals(LIVENESS_PATH)) {
            return null;
        }
        if (!slots.tryAcquire()) {
            return ApiErrors.response(ErrorCode.OVERLOADED, MESSAGE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return null;
    }

    @ResponseFilter
    void release(HttpRequest<?> request) {
        if (request.getAttribute(ADMITTED).isPresent()) {
            request.removeAttribute(ADMITTED, Boolean.class);
            slots.release();
        }
    }

    /** Before the security filter: shedding load costs no token verification. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
