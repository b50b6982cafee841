package dev.plugbay.adapters.github.outbound.guard;

import dev.plugbay.domain.error.UpstreamUnavailableException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * A server the operator configured (the GitHub API and raw content, the user profile service):
 * trusted as configured, so not held to the guard's host allowlist or public-address rule, which
 * exist for URLs a user supplies. Never make one from a user's input: that is what
 * {@link OutboundGuard#check} is for. Its host is looked up afresh for every request.
 */
public final class TrustedEndpoint implements OutboundTarget {

    private final String name;
    private final String scheme;
    private final String host;
    private final int port;
    private final HostResolver resolver;

    private TrustedEndpoint(String name, String scheme, String host, int port, HostResolver resolver) {
        this.name = name;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.resolver = resolver;
    }

    /**
     * The server of a configured URL (its scheme, host and port; the path is the caller's), named
     * in messages as {@code name}.
     */
    public static TrustedEndpoint configured(String name, URI url, HostResolver resolver) {
        String scheme = url.getScheme();
        if (url.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException(name + " must be an absolute http or https URL with a host, not " + url);
        }
        return new TrustedEndpoint(name, scheme, url.getHost(), url.getPort() < 0 ? Destination.defaultPort(scheme) : url.getPort(),
                Objects.requireNonNull(resolver, "resolver"));
    }

    /** @throws UpstreamUnavailableException the host did not resolve */
    @Override
    public Destination destination() {
        try {
            List<InetAddress> addresses = resolver.resolve(host);
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return new Destination(scheme, host, port, addresses);
        } catch (UnknownHostException unresolved) {
            throw new UpstreamUnavailableException(name + " (" + host + ") could not be resolved");
        }
    }
}
