package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.outbound.http.Timeouts;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How Plugbay talks to GitHub: the REST API (the only place the token goes), raw content (reads,
 * never with the token), the token for writes, the registry if one is configured, time limits and
 * how many plugin files are fetched at once.
 */
public record GitHubSettings(URI apiUrl, URI rawUrl, Optional<String> token, Optional<RegistryLocation> registry,
        Timeouts timeouts, int parallelism) {

    public GitHubSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(timeouts, "timeouts");
        apiUrl = base(apiUrl, "plugbay.github.api-url");
        rawUrl = base(rawUrl, "plugbay.github.raw-url");
        token = token.map(String::trim).filter(value -> !value.isEmpty());
        if (parallelism < 1 || parallelism > 32) {
            throw new IllegalArgumentException("plugbay.registry.parallelism = '" + parallelism + "': must be from 1 to 32");
        }
    }

    private static URI base(URI url, String property) {
        Objects.requireNonNull(url, property);
        String scheme = String.valueOf(url.getScheme());
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null || url.getRawUserInfo() != null
                || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(property + " = '" + url + "': must be an http(s) URL with a host and nothing "
                    + "after the path");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return URI.create(scheme + "://" + url.getRawAuthority() + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
    }
}
