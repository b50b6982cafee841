package dev.plugbay.adapters.github.outbound;

import dev.plugbay.adapters.github.outbound.guard.GuardedUrl;
import dev.plugbay.adapters.github.outbound.guard.OutboundGuard;
import dev.plugbay.adapters.github.outbound.http.OutboundRequest;
import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.adapters.github.outbound.http.PinnedHttpClient;
import dev.plugbay.adapters.github.outbound.http.Timeouts;

/**
 * One GET of a user-supplied URL: the guard checks the URL and every address of its host, then the
 * pinned client connects only to those addresses, sends no credentials, follows no redirect and
 * reads at most the given number of bytes. What the answer means is the caller's to decide.
 */
public final class GuardedGet {

    private final OutboundGuard guard;
    private final PinnedHttpClient http;

    public GuardedGet(OutboundGuard guard, Timeouts timeouts) {
        this.guard = guard;
        this.http = new PinnedHttpClient(timeouts);
    }

    /** The answer as it came, and the host that gave it (for messages). */
    public record Answer(String host, OutboundResponse response) {
    }

    /**
     * @throws dev.plugbay.domain.error.UrlNotAllowedException the guard refused the URL; nothing was sent
     * @throws dev.plugbay.domain.error.UpstreamUnavailableException the host did not resolve, could not be
     *         reached, or did not answer in time
     * @throws dev.plugbay.domain.error.PayloadTooLargeException the body is longer than {@code maxBodyBytes}
     */
    public Answer get(String url, String accept, int maxBodyBytes) {
        GuardedUrl checked = guard.check(url);
        OutboundResponse response = http.exchange(checked,
                OutboundRequest.get(checked.requestTarget()).withHeader("Accept", accept), maxBodyBytes);
        return new Answer(checked.destination().host(), response);
    }
}
