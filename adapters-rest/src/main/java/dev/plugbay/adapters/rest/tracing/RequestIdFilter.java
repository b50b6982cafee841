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

/**
 * Gives every request an id ({@link RequestIds}), answered in {@code X-Request-Id} and the MDC value
 * {@code requestId} of every log line written while the request is handled, on whichever thread.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @RequestFilter
    void assignId(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = RequestIds.of(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void answerId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(RequestIds.HEADER, id));
    }

    /** Outside every other filter, so that their refusals carry the id too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
