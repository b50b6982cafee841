package dev.plugbay.adapters.rest.cors;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * {@code plugbay.cors.allowed-origins}: the browser origins ({@code scheme://host[:port]}, nothing
 * more) that may call the marketplace API from their pages. Empty, the default: no CORS header is
 * ever sent. A value that is not such an origin ({@code *} included) stops the start with a message
 * naming the setting.
 */
@Context
@ConfigurationProperties("plugbay.cors")
public record CorsSettings(@Nullable List<String> allowedOrigins) {

    public CorsSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        for (String origin : allowedOrigins) {
            if (!isOrigin(origin)) {
                throw new IllegalArgumentException("plugbay.cors.allowed-origins must list origins such as"
                        + " https://app.example.com (scheme, host and port only), not " + origin);
            }
        }
    }

    private static boolean isOrigin(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
