package dev.plugbay.adapters.github.outbound.guard;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an address is public unicast. Java's {@code InetAddress.isSiteLocalAddress} and
 * friends miss CGNAT, unique-local, NAT64, 6to4 and the documentation ranges, so the special-purpose
 * blocks of the IANA registries are listed here. IPv6 must lie in global unicast 2000::/3, and
 * forms that embed an IPv4 address are judged by it or refused outright.
 */
final class PublicAddresses {

    private static final List<Block> IPV4_BLOCKS = List.of(
            Block.v4("0.0.0.0", 8, "unspecified or 'this network'"),
            Block.v4("10.0.0.0", 8, "private"),
            Block.v4("100.64.0.0", 10, "carrier-grade NAT"),
            Block.v4("127.0.0.0", 8, "loopback"),
            Block.v4("169.254.0.0", 16, "link-local"),
            Block.v4("172.16.0.0", 12, "private"),
            Block.v4("192.0.0.0", 24, "IETF protocol assignments"),
            Block.v4("192.0.2.0", 24, "documentation"),
            Block.v4("192.88.99.0", 24, "6to4 relay anycast"),
            Block.v4("192.168.0.0", 16, "private"),
            Block.v4("198.18.0.0", 15, "benchmarking"),
            Block.v4("198.51.100.0", 24, "documentation"),
            Block.v4("203.0.113.0", 24, "documentation"),
            Block.v4("224.0.0.0", 4, "multicast"),
            Block.v4("240.0.0.0", 4, "reserved or broadcast"));

    /** Blocks inside 2000::/3 that are not public unicast. */
    private static final List<Block> IPV6_BLOCKS = List.of(
            Block.v6("2001::", 32, "Teredo"),
            Block.v6("2001:2::", 48, "benchmarking"),
            Block.v6("2001:10::", 28, "ORCHID"),
            Block.v6("2001:20::", 28, "ORCHIDv2"),
            Block.v6("2001:db8::", 32, "documentation"),
            Block.v6("3fff::", 20, "documentation"));

    private static final Block GLOBAL_UNICAST = Block.v6("2000::", 3, "global unicast");
    private static final Block SIX_TO_FOUR = Block.v6("2002::", 16, "6to4");
    private static final List<Block> IPV6_OUTSIDE_GLOBAL = List.of(
            Block.v6("::", 128, "unspecified"),
            Block.v6("::1", 128, "loopback"),
            Block.v6("::ffff:0:0", 96, "IPv4-mapped"),
            Block.v6("::", 96, "IPv4-compatible"),
            Block.v6("64:ff9b::", 96, "NAT64"),
            Block.v6("64:ff9b:1::", 48, "local NAT64"),
            Block.v6("100::", 64, "discard-only"),
            Block.v6("fc00::", 7, "unique-local"),
            Block.v6("fe80::", 10, "link-local"),
            Block.v6("fec0::", 10, "site-local"),
            Block.v6("ff00::", 8, "multicast"));

    private PublicAddresses() {
    }

    /** Why the address is not public unicast, or empty when it is. */
    static Optional<String> refusal(InetAddress address) {
        return refusal(address.getAddress());
    }

    static Optional<String> refusal(byte[] bytes) {
        if (bytes.length == 4) {
            return firstMatch(IPV4_BLOCKS, bytes);
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            byte[] embedded = {bytes[2], bytes[3], bytes[4], bytes[5]};
            return refusal(embedded).map(reason -> "6to4 form of a " + reason + " address");
        }
        if (!GLOBAL_UNICAST.contains(bytes)) {
            return firstMatch(IPV6_OUTSIDE_GLOBAL, bytes).or(() -> Optional.of("reserved"));
        }
        return firstMatch(IPV6_BLOCKS, bytes);
    }

    private static Optional<String> firstMatch(List<Block> blocks, byte[] bytes) {
        return blocks.stream().filter(block -> block.contains(bytes)).map(Block::reason).findFirst();
    }

    private record Block(byte[] prefix, int length, String reason) {

        static Block v4(String address, int length, String reason) {
            return new Block(literal(address), length, reason);
        }

        static Block v6(String address, int length, String reason) {
            return new Block(literal(address), length, reason);
        }

        private static byte[] literal(String address) {
            byte[] bytes = IpLiterals.parse(address).orElseThrow(() -> new IllegalArgumentException(address));
            return bytes;
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = length / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = length % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
