package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.outbound.OutboundSettings;
import dev.plugbay.adapters.github.outbound.guard.HostResolver;
import dev.plugbay.adapters.github.outbound.guard.TrustedEndpoint;
import dev.plugbay.adapters.github.outbound.http.OutboundRequest;
import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.adapters.github.outbound.http.PinnedHttpClient;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;

/**
 * The two GitHub endpoints Plugbay calls, both operator-configured and so {@link TrustedEndpoint}s
 * (the guard is for user-supplied URLs): the REST API, whose requests alone carry the token, and raw
 * content, whose requests never do. Redirects are returned, never
 * followed, so the token cannot travel to another host. Created when Plugbay starts, so that a bad
 * URL, repository, branch or parallelism stops the start.
 */
@Context
public final class GitHubConnection {

    /** Plugin files and the index are small; API answers carry a file base64-encoded, a third larger. */
    static final int MAX_RAW_BYTES = 1024 * 1024;
    private static final int MAX_API_BYTES = 2 * MAX_RAW_BYTES;

    private final GitHubSettings settings;
    private final TrustedEndpoint api;
    private final TrustedEndpoint raw;
    private final PinnedHttpClient http;

    @Inject
    public GitHubConnection(GitHubEndpoints endpoints, RegistrySettings registry, OutboundSettings outbound,
            HostResolver resolver) {
        this(new GitHubSettings(endpoints.apiUrl(), endpoints.rawUrl(), Optional.ofNullable(endpoints.token()),
                registry.location(), outbound.timeouts(), registry.parallelism()), resolver);
    }

    public GitHubConnection(GitHubSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.api = TrustedEndpoint.configured("GitHub", settings.apiUrl(), resolver);
        this.raw = TrustedEndpoint.configured("GitHub", settings.rawUrl(), resolver);
        this.http = new PinnedHttpClient(settings.timeouts());
    }

    GitHubSettings settings() {
        return settings;
    }

    /** A REST API call with the token (when one is configured) and GitHub's media type and version headers. */
    OutboundResponse api(OutboundRequest request) {
        OutboundRequest withHeaders = request
                .withHeader("Accept", "application/vnd.github+json")
                .withHeader("X-GitHub-Api-Version", "2022-11-28");
        if (settings.token().isPresent()) {
            withHeaders = withHeaders.withHeader("Authorization", "Bearer " + settings.token().get());
        }
        return send(api, settings.apiUrl(), withHeaders, MAX_API_BYTES);
    }

    /** A raw content read, never with the token. */
    OutboundResponse raw(OutboundRequest request) {
        return send(raw, settings.rawUrl(), request, MAX_RAW_BYTES);
    }

    /** The request's target under the configured URL's path. */
    private OutboundResponse send(TrustedEndpoint endpoint, URI base, OutboundRequest request, int maxBytes) {
        OutboundRequest rebased = new OutboundRequest(request.method(), base.getRawPath() + request.target(),
                request.headers(), request.body());
        return http.exchange(endpoint, rebased, maxBytes);
    }
}
