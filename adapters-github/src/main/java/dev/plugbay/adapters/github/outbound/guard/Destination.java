package dev.plugbay.adapters.github.outbound.guard;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * Where a request goes: the URL's scheme, host and port (for the Host header, SNI and the
 * certificate check) and the addresses looked up for that host before connecting, the only ones
 * the connection may use. Only the two kinds of {@link OutboundTarget} make one.
 */
public final class Destination {

    private final String scheme;
    private final String host;
    private final int port;
    private final List<InetAddress> addresses;

    Destination(String scheme, String host, int port, List<InetAddress> addresses) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.addresses = List.copyOf(addresses);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme must be http or https");
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a destination needs at least one address");
        }
    }

    static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public List<InetAddress> addresses() {
        return addresses;
    }

    /** host:port, as messages and the private-address exemptions name a server. */
    public String authority() {
        return host + ":" + port;
    }

    /** The URL of a request target (path and query) on this destination; the default port is left out, as in a Host header. */
    public String url(String target) {
        return scheme + "://" + (port == defaultPort(scheme) ? host : authority()) + target;
    }
}
