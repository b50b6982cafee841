package dev.plugbay.adapters.github.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * Where a request goes: the URL's scheme, host and port (for the Host header, SNI and the
 * certificate check) and the addresses looked up for that host before connecting, the only ones
 * the connection may use.
 */
public record Destination(String scheme, String host, int port, List<InetAddress> addresses) {

    public Destination {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        addresses = List.copyOf(addresses);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme must be http or https");
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a destination needs at least one address");
        }
    }

    public static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** host:port, as messages and the private-address exemptions name a server. */
    public String authority() {
        return host + ":" + port;
    }

    /** The URL of a request target (path and query) on this destination; the default port is left out, as in a Host header. */
    String url(String target) {
        return scheme + "://" + (port == defaultPort(scheme) ? host : authority()) + target;
    }
}
