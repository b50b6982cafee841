package dev.plugbay.adapters.github.outbound.guard;

import dev.plugbay.domain.error.UrlNotAllowedException;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which user-supplied URLs may be fetched: hosts allowed by exact match after normalisation, and
 * {@code host:port} pairs exempt from the public-address rule (local test servers only).
 */
public record OutboundPolicy(Set<String> allowedHosts, Set<String> allowPrivate) {

    private static final String ALLOWED_HOSTS = "plugbay.outbound.allowed-hosts";
    private static final String ALLOW_PRIVATE = "plugbay.outbound.allow-private";

    public OutboundPolicy {
        allowedHosts = Set.copyOf(allowedHosts);
        allowPrivate = Set.copyOf(allowPrivate);
    }

    /**
     * Normalises the configured names as URL hosts are normalised, so both sides compare alike. A
     * name that no URL host could equal (a numeric address in another spelling, not a DNS name) is
     * refused with a message naming the property, the entry and the rule.
     */
    public static OutboundPolicy of(Collection<String> allowedHosts, Collection<String> allowPrivate) {
        return new OutboundPolicy(
                allowedHosts.stream().map(host -> hostName(ALLOWED_HOSTS, host, host)).collect(Collectors.toSet()),
                allowPrivate.stream().map(OutboundPolicy::hostAndPort).collect(Collectors.toSet()));
    }

    private static String hostAndPort(String pair) {
        String trimmed = pair.trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || !trimmed.substring(colon + 1).matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException(ALLOW_PRIVATE + " = '" + pair + "': must be a host:port pair");
        }
        return hostName(ALLOW_PRIVATE, trimmed.substring(0, colon), pair) + ":" + Integer.parseInt(trimmed.substring(colon + 1));
    }

    private static String hostName(String property, String host, String entry) {
        try {
            return HostName.parse(host.trim()).text();
        } catch (UrlNotAllowedException refused) {
            throw new IllegalArgumentException(property + " = '" + entry + "': must be a host name in the form URLs are "
                    + "checked against (" + refused.getMessage() + ")", refused);
        }
    }
}
