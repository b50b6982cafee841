package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.http.Destination;
import dev.plugbay.adapters.github.http.HttpRequest;
import dev.plugbay.adapters.github.http.HttpResponse;
import dev.plugbay.adapters.github.http.PinnedHttpClient;
import dev.plugbay.adapters.github.outbound.HostResolver;
import dev.plugbay.adapters.github.outbound.OutboundSettings;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The two GitHub endpoints Plugbay calls, both operator-configured: the REST API, whose requests
 * alone carry the token, and raw content, whose requests never do. Redirects are returned, never
 * followed, so the token cannot travel to another host. Created when Plugbay starts, so that a bad
 * URL, repository, branch or parallelism stops the start.
 */
@Context
public final class GitHubConnection {

    /** Plugin files and the index are small; API answers carry a file base64-encoded, a third larger. */
    static final int MAX_RAW_BYTES = 1024 * 1024;
    private static final int MAX_API_BYTES = 2 * MAX_RAW_BYTES;

    private final GitHubSettings settings;
    private final HostResolver resolver;
    private final PinnedHttpClient http;

    @Inject
    public GitHubConnection(GitHubEndpoints endpoints, RegistrySettings registry, OutboundSettings outbound,
            HostResolver resolver) {
        this(new GitHubSettings(endpoints.apiUrl(), endpoints.rawUrl(), Optional.ofNullable(endpoints.token()),
                registry.location(), outbound.timeouts(), registry.parallelism()), resolver);
    }

    public GitHubConnection(GitHubSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
        this.http = new PinnedHttpClient(settings.timeouts());
    }

    GitHubSettings settings() {
        return settings;
    }

    /** A REST API call with the token (when one is configured) and GitHub's media type and version headers. */
    HttpResponse api(HttpRequest request) {
        HttpRequest withHeaders = request
                .withHeader("Accept", "application/vnd.github+json")
                .withHeader("X-GitHub-Api-Version", "2022-11-28");
        if (settings.token().isPresent()) {
            withHeaders = withHeaders.withHeader("Authorization", "Bearer " + settings.token().get());
        }
        return send(settings.apiUrl(), withHeaders, MAX_API_BYTES);
    }

    /** A raw content read, never with the token. */
    HttpResponse raw(HttpRequest request) {
        return send(settings.rawUrl(), request, MAX_RAW_BYTES);
    }

    private HttpResponse send(URI base, HttpRequest request, int maxBytes) {
        HttpRequest rebased = new HttpRequest(request.method(), base.getRawPath() + request.target(), request.headers(),
                request.body());
        return http.exchange(destination(base), rebased, maxBytes);
    }

    private Destination destination(URI base) {
        int port = base.getPort() < 0 ? Destination.defaultPort(base.getScheme()) : base.getPort();
        try {
            List<InetAddress> addresses = resolver.resolve(base.getHost());
            if (addresses.isEmpty()) {
                throw new UnknownHostException(base.getHost());
            }
            return new Destination(base.getScheme(), base.getHost(), port, addresses);
        } catch (UnknownHostException unresolved) {
            throw new UpstreamUnavailableException("GitHub (" + base.getHost() + ") could not be resolved");
        }
    }
}
