package dev.plugbay.adapters.github.identity;

import dev.plugbay.adapters.github.outbound.guard.HostResolver;
import dev.plugbay.adapters.github.outbound.guard.TrustedEndpoint;
import dev.plugbay.adapters.github.outbound.http.OutboundRequest;
import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.adapters.github.outbound.http.PinnedHttpClient;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import dev.plugbay.application.port.out.identity.UserProfile;
import dev.plugbay.application.port.out.identity.UserProfiles;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a caller's profile from the configured URL (a {@link TrustedEndpoint}: the operator's
 * configuration, not a user's input) with their own bearer token: {@code GET}, at
 * most {@value #TIMEOUT_SECONDS} s, no redirect followed, a JSON object of at most 64 KiB. Anything
 * else (unreachable, not 2xx, not JSON) is {@code UPSTREAM_UNAVAILABLE}. A member that is missing,
 * null or not a string is absent from the profile.
 */
@Singleton
@Requires(property = "plugbay.identity.userinfo-url")
public final class HttpUserProfiles implements UserProfiles {

    static final int TIMEOUT_SECONDS = 5;
    private static final int MAX_BYTES = 64 * 1024;

    private final URI url;
    private final String authorPath;
    private final Optional<String> avatarPath;
    private final TrustedEndpoint endpoint;
    private final PinnedHttpClient http;

    @Inject
    public HttpUserProfiles(UserInfoSettings settings, HostResolver resolver) {
        this(settings.url().orElseThrow(), settings.userinfoAuthorPath(), settings.avatarPath(), resolver);
    }

    public HttpUserProfiles(URI url, String authorPath, Optional<String> avatarPath, HostResolver resolver) {
        this.url = url;
        this.authorPath = authorPath;
        this.avatarPath = avatarPath;
        this.endpoint = TrustedEndpoint.configured("The user profile service", url, resolver);
        Duration limit = Duration.ofSeconds(TIMEOUT_SECONDS);
        this.http = new PinnedHttpClient(new Timeouts(limit, limit));
    }

    @Override
    public UserProfile profileOf(String bearerToken) {
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        OutboundRequest request = OutboundRequest.get(target)
                .withHeader("Accept", "application/json")
                .withHeader("Authorization", "Bearer " + bearerToken);
        OutboundResponse response;
        try {
            response = http.exchange(endpoint, request, MAX_BYTES);
        } catch (DomainException tooLargeOrUnreachable) {
            throw unavailable();
        }
        if (!response.isSuccess()) {
            throw unavailable();
        }
        JsonObject profile = profileObject(response.text()).orElseThrow(HttpUserProfiles::unavailable);
        return new UserProfile(text(profile, authorPath), avatarPath.flatMap(path -> text(profile, path)));
    }

    private static Optional<JsonObject> profileObject(String text) {
        try {
            return JsonReader.parse(text) instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (DomainException notJson) {
            return Optional.empty();
        }
    }

    /** The string at a dot-separated path of object members, if there is one. */
    static Optional<String> text(JsonObject document, String path) {
        JsonValue current = document;
        for (String member : path.split("\\.", -1)) {
            if (!(current instanceof JsonObject object) || object.get(member).isEmpty()) {
                return Optional.empty();
            }
            current = object.get(member).get();
        }
        return current instanceof JsonString string ? Optional.of(string.value()) : Optional.empty();
    }

    private static UpstreamUnavailableException unavailable() {
        return new UpstreamUnavailableException("The user profile service could not be reached");
    }
}
