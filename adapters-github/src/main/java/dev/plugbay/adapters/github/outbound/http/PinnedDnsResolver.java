package dev.plugbay.adapters.github.outbound.http;

import dev.plugbay.adapters.github.outbound.guard.Destination;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only DNS a request's connection sees: the destination's host answers the addresses that were
 * looked up (and, for user URLs, checked) before the request, and every other name is unknown. So
 * the library never makes a second lookup a rebinding DNS server could answer differently.
 */
final class PinnedDnsResolver implements DnsResolver {

    private final Destination destination;

    PinnedDnsResolver(Destination destination) {
        this.destination = destination;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        if (!isDestination(host)) {
            throw new UnknownHostException(host + " is not the destination that was checked");
        }
        return destination.addresses().toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        if (!isDestination(host)) {
            throw new UnknownHostException(host + " is not the destination that was checked");
        }
        return destination.host();
    }

    /** IPv6 literals may reach the resolver with or without their brackets. */
    private boolean isDestination(String host) {
        return bare(host).equals(bare(destination.host()));
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
