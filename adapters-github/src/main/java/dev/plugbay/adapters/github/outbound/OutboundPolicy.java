package dev.plugbay.adapters.github.outbound;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which user-supplied URLs may be fetched: hosts allowed by exact match after normalisation, and
 * {@code host:port} pairs exempt from the public-address rule (local test servers only).
 */
public record OutboundPolicy(Set<String> allowedHosts, Set<String> allowPrivate) {

    public OutboundPolicy {
        allowedHosts = Set.copyOf(allowedHosts);
        allowPrivate = Set.copyOf(allowPrivate);
    }

    /** Normalises the configured names as URL hosts are normalised, so both sides compare alike. */
    public static OutboundPolicy of(Collection<String> allowedHosts, Collection<String> allowPrivate) {
        return new OutboundPolicy(
                allowedHosts.stream().map(host -> HostName.parse(host.trim()).text()).collect(Collectors.toSet()),
                allowPrivate.stream().map(OutboundPolicy::hostAndPort).collect(Collectors.toSet()));
    }

    private static String hostAndPort(String pair) {
        String trimmed = pair.trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || !trimmed.substring(colon + 1).matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("plugbay.outbound.allow-private takes host:port pairs, not " + pair);
        }
        return HostName.parse(trimmed.substring(0, colon)).text() + ":" + Integer.parseInt(trimmed.substring(colon + 1));
    }
}
