package dev.plugbay.adapters.rest.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.ConfigurationInterceptUrlMapRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * {@code /prometheus}, and any path below it such as {@code /prometheus/}, answers a token with role
 * {@code ADMIN}, and a caller on this machine when {@code plugbay.metrics.allow-loopback} is on; anyone else
 * is refused (401 without a token, 403 with one). Every other path is left to the other rules.
 */
@Singleton
final class MetricsAccessRule implements SecurityRule<HttpRequest<?>> {

    static final String PATH = "/prometheus";
    static final String ADMIN_ROLE = "ADMIN";

    private final MetricsSettings settings;

    MetricsAccessRule(MetricsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || !(request.getPath().equals(PATH) || request.getPath().startsWith(PATH + "/"))) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean admin = authentication != null && authentication.getRoles().contains(ADMIN_ROLE);
        boolean local = settings.allowLoopback() && request.getRemoteAddress().getAddress().isLoopbackAddress();
        return Publishers.just(admin || local ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    /** Before the URL map, whose last rule would otherwise refuse an anonymous caller on this machine. */
    @Override
    public int getOrder() {
        return ConfigurationInterceptUrlMapRule.ORDER - 1;
    }
}
