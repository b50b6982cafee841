package dev.plugbay.adapters.rest.protection;

import dev.plugbay.adapters.rest.error.ApiErrors;
import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Admits at most {@code plugbay.limits.max-in-flight} requests at once and answers one more at once
 * with 503 {@code OVERLOADED} and {@code Retry-After}; a Marketplace API request still unanswered
 * after {@code plugbay.limits.request-timeout} is answered the same way. So a slow database or
 * upstream makes callers retry instead of piling up behind it.
 *
 * <p>A request's slot is given back when its work ends, not when it is answered: a timed-out
 * request whose worker is still blocked keeps its slot, so the workers busy at once stay bounded
 * and new requests are shed at once instead of queueing behind them. The liveness probe is always
 * admitted.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class InFlightLimitFilter implements HttpServerFilter {

    static final String MESSAGE = "The server is busy: retry after the time in Retry-After";
    static final String RETRY_AFTER_SECONDS = "1";
    static final String LIVENESS_PATH = "/health/liveness";
    static final String TIMED_ROUTES = "/api/v1/";

    private final Semaphore slots;
    private final Duration requestTimeout;

    InFlightLimitFilter(LimitSettings settings) {
        this.slots = new Semaphore(settings.maxInFlight());
        this.requestTimeout = settings.requestTimeout();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        if (path.equals(LIVENESS_PATH)) {
            return chain.proceed(request);
        }
        if (!slots.tryAcquire()) {
            return Mono.just(overloaded());
        }
        if (!path.startsWith(TIMED_ROUTES)) {
            return Mono.from(chain.proceed(request)).doFinally(signal -> slots.release());
        }
        AtomicBoolean ended = new AtomicBoolean();
        Mono<MutableHttpResponse<?>> work = Mono.from(chain.proceed(request))
                .doFinally(signal -> {
                    ended.set(true);
                    slots.release();
                })
                .cache();
        // Subscribed on its own so that a timeout (which cancels the caller's subscription) does not
        // cancel the work: the slot is released by the work's own end. Work that ended while it was
        // subscribed (a page kept in memory, answered on the event loop) needs no timer.
        work.subscribe(response -> { }, failure -> { });
        return ended.get() ? work : work.timeout(requestTimeout, Mono.fromSupplier(InFlightLimitFilter::overloaded));
    }

    private static MutableHttpResponse<?> overloaded() {
        return ApiErrors.response(ErrorCode.OVERLOADED, MESSAGE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    /** Before the security filter: shedding load costs no token verification. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
