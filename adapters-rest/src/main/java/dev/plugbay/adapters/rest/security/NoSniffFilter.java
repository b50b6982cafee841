package dev.plugbay.adapters.rest.security;

import dev.plugbay.adapters.rest.error.ApiErrors;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/** Adds {@code X-Content-Type-Options: nosniff} to every response, the security rejections included. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class NoSniffFilter implements Ordered {

    @ResponseFilter
    void addNoSniff(MutableHttpResponse<?> response) {
        ApiErrors.noSniff(response);
    }

    /** Outside the security filter, so that the 401 and 403 it produces pass through here too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
