package dev.plugbay.adapters.github.marketplace;

import dev.plugbay.adapters.github.outbound.GuardedGet;
import dev.plugbay.adapters.github.outbound.OutboundSettings;
import dev.plugbay.adapters.github.outbound.guard.HostResolver;
import dev.plugbay.adapters.github.outbound.guard.OutboundGuard;
import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Registry documents and plugin archives fetched through the outbound guard and the pinned client.
 * Unlike a previewed document, every answer that is not a usable 2xx (a redirect included) is the
 * remote's failure, {@code UPSTREAM_UNAVAILABLE}: the marketplace falls back to its seed, and an
 * install answers 502.
 */
@Singleton
public final class GuardedRemoteMarketplace implements RemoteMarketplace {

    /** HOST.md "One-click install" step 2: an archive download may take this long in all. */
    public static final Duration ARCHIVE_TOTAL_TIMEOUT = Duration.ofSeconds(60);

    /** A Java array holds a little less than {@code Integer.MAX_VALUE} bytes; the client reads one byte more than the cap. */
    private static final int MAX_READABLE_BYTES = Integer.MAX_VALUE - 16;

    private final OutboundGuard guard;
    private final GuardedGet registries;
    private final GuardedGet archives;

    @Inject
    public GuardedRemoteMarketplace(OutboundSettings settings, HostResolver resolver) {
        this(new OutboundGuard(settings.policy(), resolver), settings.timeouts(),
                new Timeouts(settings.connectTimeout(), ARCHIVE_TOTAL_TIMEOUT));
    }

    public GuardedRemoteMarketplace(OutboundGuard guard, Timeouts registryTimeouts, Timeouts archiveTimeouts) {
        this.guard = guard;
        this.registries = new GuardedGet(guard, registryTimeouts);
        this.archives = new GuardedGet(guard, archiveTimeouts);
    }

    @Override
    public void requireAllowed(String url) {
        guard.checkStatically(url);
    }

    @Override
    public JsonValue registry(String url) {
        GuardedGet.Answer answer = registries.get(url, "application/json", MAX_REGISTRY_BYTES);
        requireSuccess(answer);
        try {
            return JsonReader.parse(answer.response().text());
        } catch (InvalidRequestException garbage) {
            throw new UpstreamUnavailableException("The registry at " + answer.host() + " is not valid JSON: "
                    + garbage.getMessage());
        }
    }

    @Override
    public byte[] archive(String url, long maxBytes) {
        GuardedGet.Answer answer = archives.get(url, "*/*", (int) Math.min(maxBytes, MAX_READABLE_BYTES));
        requireSuccess(answer);
        return answer.response().body();
    }

    private static void requireSuccess(GuardedGet.Answer answer) {
        OutboundResponse response = answer.response();
        if (response.isRedirect()) {
            throw new UpstreamUnavailableException(answer.host() + " answered a redirect (HTTP " + response.status()
                    + "); redirects are not followed");
        }
        if (!response.isSuccess()) {
            throw new UpstreamUnavailableException(answer.host() + " answered HTTP " + response.status());
        }
    }
}
