package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.json.JsonValue;

/**
 * The host marketplace's calls to the web (HOST.md "Remote marketplace", "One-click install" step 2
 * and "Settings"), each through the outbound guard: an http or https URL without userinfo, a host in
 * {@code plugbay.outbound.allowed-hosts}, every address it resolves to public, connections to those
 * addresses only, no redirect followed, and the body read up to a cap only.
 */
public interface RemoteMarketplace {

    /** The largest registry document read. */
    int MAX_REGISTRY_BYTES = 1024 * 1024;

    /**
     * The guard's rules that need no lookup: scheme, userinfo, allowed host, no literal non-public
     * address. What the host resolves to is checked when something is fetched.
     *
     * @throws dev.plugbay.domain.error.UrlNotAllowedException naming the broken rule
     */
    void requireAllowed(String url);

    /**
     * The registry document at {@code url}: JSON of at most {@link #MAX_REGISTRY_BYTES}, within the
     * outbound connect and total time limits (5 s and 10 s by default).
     *
     * @throws dev.plugbay.domain.error.UrlNotAllowedException the guard refused the URL or an address of its host
     * @throws dev.plugbay.domain.error.UpstreamUnavailableException the host did not resolve, could not be
     *         reached or did not answer in time, answered a redirect or another status than 2xx, or a body
     *         that is not JSON
     * @throws dev.plugbay.domain.error.PayloadTooLargeException the document is larger than the cap
     */
    JsonValue registry(String url);

    /**
     * The bytes of the archive at {@code url}, of any content type, at most {@code maxBytes} of them,
     * within the outbound connect limit and 60 s in all.
     *
     * @throws dev.plugbay.domain.error.UrlNotAllowedException the guard refused the URL or an address of its host
     * @throws dev.plugbay.domain.error.UpstreamUnavailableException the host did not resolve, could not be
     *         reached or did not answer in time, or answered a redirect or another status than 2xx
     * @throws dev.plugbay.domain.error.PayloadTooLargeException the archive is larger than {@code maxBytes}
     */
    byte[] archive(String url, long maxBytes);
}
