package dev.plugbay.adapters.rest.protection;

import dev.plugbay.adapters.rest.error.ApiErrors;
import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Spends one request of the caller's budget ({@link CallerBudgets}): the token's subject, or the peer
 * address of an anonymous call. Runs after the security filter, so a refused token is answered 401
 * without spending anything. The host's routes are exempt (the runtime has its own per-plugin limit), and
 * so are the probes and the metrics, which monitoring calls on its own schedule.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RateLimitFilter implements Ordered {

    static final String MESSAGE = "Too many requests: retry after the time in Retry-After";
    static final List<String> EXEMPT_ROUTES = List.of("/api/plugins", "/api/settings", "/health", "/prometheus");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final CallerBudgets budgets;

    RateLimitFilter(CallerBudgets budgets) {
        this.budgets = budgets;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> spendBudget(HttpRequest<?> request) {
        if (!budgets.enabled() || exempt(request.getPath())) {
            return null;
        }
        OptionalLong wait = budgets.spend(caller(request), !READS.contains(request.getMethod()));
        if (wait.isEmpty()) {
            return null;
        }
        return ApiErrors.response(ErrorCode.RATE_LIMITED, MESSAGE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
    }

    static boolean exempt(String path) {
        return EXEMPT_ROUTES.stream().anyMatch(route -> path.equals(route) || path.startsWith(route + "/"));
    }

    private static String caller(HttpRequest<?> request) {
        return request.getUserPrincipal()
                .map(Principal::getName)
                .map(subject -> "subject " + subject)
                .orElseGet(() -> "address " + request.getRemoteAddress().getAddress().getHostAddress());
    }

    /** After the security filter: only a caller it let through has a budget to spend. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
