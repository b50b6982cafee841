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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

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
                .orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(ATTRIBUTE, id);
        Map<String, String> mdc = new HashMap<>(Optional.ofNullable(MDC.getCopyOfContextMap()).orElse(Map.of()));
        mdc.put(MDC_KEY, id);
        context.add(new MdcPropagationContext(mdc));
    }

    @ResponseFilter
    void answerId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    /** Outside every other filter, so that their refusals carry the id too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
