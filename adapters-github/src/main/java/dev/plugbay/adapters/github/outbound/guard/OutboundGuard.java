package dev.plugbay.adapters.github.outbound.guard;

import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.error.UrlNotAllowedException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a user-supplied URL before anything is fetched: scheme, userinfo, host allowlist, and every
 * address the host resolves to. The result carries the checked addresses, the only ones the
 * connection may use, so a second DNS answer (rebinding) can never be used.
 */
public final class OutboundGuard {

    private static final int MAX_URL_LENGTH = 2048;

    private final OutboundPolicy policy;
    private final HostResolver resolver;

    public OutboundGuard(OutboundPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /**
     * The rules that need no lookup (HOST.md "Settings"): http or https, no userinfo, an allowed host,
     * and no literal non-public address. What the host resolves to is only checked by {@link #check}.
     */
    public void checkStatically(String url) {
        staticRules(url);
    }

    /** Every rule, the addresses the host resolves to included; the result carries those addresses. */
    public GuardedUrl check(String url) {
        StaticallyAllowed allowed = staticRules(url);
        HostName host = allowed.host();
        List<InetAddress> addresses = addresses(host);
        if (!allowed.exempt()) {
            for (InetAddress address : addresses) {
                PublicAddresses.refusal(address).ifPresent(reason -> {
                    throw refused(host.text() + " resolves to a non-public address "
                            + address.getHostAddress() + " (" + reason + ")");
                });
            }
        }
        return new GuardedUrl(new Destination(allowed.scheme(), host.text(), allowed.port(), addresses),
                requestTarget(allowed.uri()));
    }

    /** A URL that passed the static rules; {@code exempt} when its host:port may be a non-public address. */
    private record StaticallyAllowed(URI uri, String scheme, HostName host, int port, boolean exempt) {
    }

    private StaticallyAllowed staticRules(String url) {
        URI uri = syntax(url);
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("only http and https URLs may be fetched");
        }
        String authority = uri.getRawAuthority();
        if (uri.isOpaque() || authority == null) {
            throw refused("the URL has no host");
        }
        if (authority.indexOf('@') >= 0) {
            throw refused("the URL must not carry userinfo");
        }
        int portStart = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
        HostName host = HostName.parse(portStart < 0 ? authority : authority.substring(0, portStart));
        int port = port(scheme, portStart < 0 ? "" : authority.substring(portStart + 1));
        if (!policy.allowedHosts().contains(host.text())) {
            throw refused("host not allowed: " + host.text());
        }
        boolean exempt = policy.allowPrivate().contains(host.text() + ":" + port);
        if (!exempt) {
            host.literal().flatMap(PublicAddresses::refusal).ifPresent(reason -> {
                throw refused(host.text() + " is a non-public address (" + reason + ")");
            });
        }
        return new StaticallyAllowed(uri, scheme, host, port, exempt);
    }

    private static URI syntax(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw refused("the URL is longer than " + MAX_URL_LENGTH + " characters");
        }
        try {
            return new URI(url);
        } catch (URISyntaxException malformed) {
            throw refused("the URL is malformed");
        }
    }

    private static int port(String scheme, String text) {
        if (text.isEmpty()) {
            return Destination.defaultPort(scheme);
        }
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw refused("the port is not a number from 1 to 65535");
        }
        return Integer.parseInt(text);
    }

    private List<InetAddress> addresses(HostName host) {
        try {
            if (host.literal().isPresent()) {
                return List.of(InetAddress.getByAddress(host.bare(), host.literal().get()));
            }
            List<InetAddress> resolved = resolver.resolve(host.bare());
            if (resolved.isEmpty()) {
                throw new UnknownHostException(host.bare());
            }
            return resolved;
        } catch (UnknownHostException unresolved) {
            throw new UpstreamUnavailableException("The host " + host.text() + " could not be resolved");
        }
    }

    /** Path and query in ASCII, as the request line carries them; the fragment stays with the client. */
    private static String requestTarget(URI uri) {
        URI ascii = URI.create(uri.toASCIIString());
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        return ascii.getRawQuery() == null ? path : path + "?" + ascii.getRawQuery();
    }

    private static UrlNotAllowedException refused(String rule) {
        return new UrlNotAllowedException("URL not allowed: " + rule);
    }
}
