package dev.plugbay.adapters.github.outbound.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a DNS name to every address it has (A and AAAA). Injectable so tests can play DNS. */
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
