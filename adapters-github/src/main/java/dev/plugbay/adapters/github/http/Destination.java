package dev.plugbay.adapters.github.http;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Where a request goes: the URL's scheme, host and port (for the Host header, SNI and certificate
 * check) and the one address the connection is made to, chosen before connecting.
 */
public record Destination(String scheme, String host, int port, InetAddress address) {

    public Destination {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme must be http or https");
        }
    }

    public boolean tls() {
        return scheme.equals("https");
    }

    public static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** The host without IPv6 brackets, as TLS and the certificate check name it. */
    String bareHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether the host is an IP literal (no SNI for those); hosts are checked to be canonical before. */
    boolean isIpLiteral() {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    String hostHeader() {
        return port == defaultPort(scheme) ? host : host + ":" + port;
    }

    /** host:port, as messages and the private-address exemptions name a server. */
    public String authority() {
        return host + ":" + port;
    }
}
