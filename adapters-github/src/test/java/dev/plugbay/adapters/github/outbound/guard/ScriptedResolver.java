package dev.plugbay.adapters.github.outbound.guard;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DNS for tests: each name answers its scripted address lists in turn (the last one repeats),
 * and every lookup is counted. Addresses are kept in the family they are written in, so an
 * IPv4-mapped IPv6 answer stays IPv6 as a real AAAA record would.
 */
public final class ScriptedResolver implements HostResolver {

    private final Map<String, Deque<List<InetAddress>>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    /** The name answers these addresses (one answer, repeated for every lookup). */
    public ScriptedResolver answer(String host, String... addresses) {
        answers.computeIfAbsent(host, name -> new ConcurrentLinkedDeque<>()).add(addresses(host, addresses));
        return this;
    }

    public int lookups(String host) {
        return lookups.getOrDefault(host, new AtomicInteger()).get();
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookups.computeIfAbsent(host, name -> new AtomicInteger()).incrementAndGet();
        Deque<List<InetAddress>> queue = answers.get(host);
        if (queue == null) {
            throw new UnknownHostException(host);
        }
        return queue.size() > 1 ? queue.poll() : queue.peek();
    }

    private static List<InetAddress> addresses(String host, String... literals) {
        List<InetAddress> addresses = new ArrayList<>();
        for (String literal : literals) {
            byte[] bytes = IpLiterals.parse(literal).orElseThrow(() -> new IllegalArgumentException(literal));
            try {
                addresses.add(bytes.length == 16 ? Inet6Address.getByAddress(host, bytes, -1)
                        : InetAddress.getByAddress(host, bytes));
            } catch (UnknownHostException impossible) {
                throw new IllegalArgumentException(literal, impossible);
            }
        }
        return addresses;
    }
}
