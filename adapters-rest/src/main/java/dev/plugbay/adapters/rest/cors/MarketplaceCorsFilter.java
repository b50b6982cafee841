package dev.plugbay.adapters.rest.cors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.web.router.Router;
import java.util.List;
import java.util.Map;

/**
 * Micronaut's CORS filter, configured from {@link CorsSettings} alone: the allowed origins may call
 * with {@code GET}, {@code POST}, {@code PUT} and {@code DELETE}, send {@code Authorization} and
 * {@code Content-Type}, and read {@code X-Total-Count}, {@code Link} and {@code ETag}; no
 * credentials (the token travels in a header, never a cookie). A preflight from an allowed origin
 * is answered here, before security, so it needs no token. Nothing is sent without allowed
 * origins (the framework's default then applies: a foreign origin calling a server on a loopback
 * host is refused, 403), and never on the host routes ({@code /api/plugins}, {@code /api/settings}),
 * which serve the host's own operator only. Configured origins are trusted even for a server on localhost.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(CorsFilter.class)
final class MarketplaceCorsFilter extends CorsFilter {

    private static final List<String> HOST_ROUTES = List.of("/api/plugins", "/api/settings");

    private final boolean anyOrigin;

    MarketplaceCorsFilter(CorsSettings settings, HttpHostResolver hostResolver, Router router) {
        super(configuration(settings), hostResolver, router);
        this.anyOrigin = !settings.allowedOrigins().isEmpty();
    }

    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        return !(anyOrigin && isHostRoute(request.getPath())) && super.isEnabled(request);
    }

    private static boolean isHostRoute(String path) {
        return HOST_ROUTES.stream().anyMatch(route -> path.equals(route) || path.startsWith(route + "/"));
    }

    private static HttpServerConfiguration.CorsConfiguration configuration(CorsSettings settings) {
        CorsOriginConfiguration origins = new CorsOriginConfiguration();
        origins.setAllowedOrigins(settings.allowedOrigins());
        origins.setAllowedMethods(List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE));
        origins.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        origins.setExposedHeaders(List.of("X-Total-Count", HttpHeaders.LINK, HttpHeaders.ETAG));
        origins.setAllowCredentials(false);
        HttpServerConfiguration.CorsConfiguration cors = new HttpServerConfiguration.CorsConfiguration();
        cors.setEnabled(!settings.allowedOrigins().isEmpty());
        cors.setLocalhostPassThrough(!settings.allowedOrigins().isEmpty());
        cors.setConfigurations(Map.of("marketplace", origins));
        return cors;
    }
}
