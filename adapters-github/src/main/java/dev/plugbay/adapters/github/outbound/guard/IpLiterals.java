package dev.plugbay.adapters.github.outbound.guard;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IP literals in their canonical spellings only, without any DNS lookup: four decimal
 * octets without leading zeros, or RFC 4291 IPv6 text. Decimal, octal, hex and shortened IPv4
 * forms ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1}) are not literals here.
 */
final class IpLiterals {

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    private static final Pattern HEXTET = Pattern.compile("[0-9a-fA-F]{1,4}");

    private IpLiterals() {
    }

    static boolean isCanonicalIpv4(String text) {
        return CANONICAL_IPV4.matcher(text).matches();
    }

    /** The address bytes (4 or 16) of a canonical IPv4 or an IPv6 literal, or empty. */
    static Optional<byte[]> parse(String text) {
        if (isCanonicalIpv4(text)) {
            return Optional.of(ipv4(text));
        }
        return text.indexOf(':') >= 0 ? ipv6(text) : Optional.empty();
    }

    private static byte[] ipv4(String text) {
        String[] octets = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(octets[i]);
        }
        return bytes;
    }

    private static Optional<byte[]> ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        String head = gap >= 0 ? text.substring(0, gap) : text;
        String tail = gap >= 0 ? text.substring(gap + 2) : "";
        Optional<int[]> headGroups = groups(head, gap < 0);
        Optional<int[]> tailGroups = groups(tail, true);
        if (headGroups.isEmpty() || tailGroups.isEmpty()) {
            return Optional.empty();
        }
        int[] first = headGroups.get();
        int[] last = tailGroups.get();
        int given = first.length + last.length;
        if (gap < 0 ? given != 8 : given > 7) {
            return Optional.empty();
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < first.length; i++) {
            put(bytes, i, first[i]);
        }
        for (int i = 0; i < last.length; i++) {
            put(bytes, 8 - last.length + i, last[i]);
        }
        return Optional.of(bytes);
    }

    /** 16-bit groups of one side of "::"; a trailing dotted IPv4 counts as two groups where allowed. */
    private static Optional<int[]> groups(String side, boolean mayEndWithIpv4) {
        if (side.isEmpty()) {
            return Optional.of(new int[0]);
        }
        String[] parts = side.split(":", -1);
        int[] values = new int[parts.length + 1];
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && mayEndWithIpv4 && part.indexOf('.') >= 0) {
                if (!isCanonicalIpv4(part)) {
                    return Optional.empty();
                }
                byte[] v4 = ipv4(part);
                values[count++] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
                values[count++] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
            } else if (HEXTET.matcher(part).matches()) {
                values[count++] = Integer.parseInt(part, 16);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(java.util.Arrays.copyOf(values, count));
    }

    private static void put(byte[] bytes, int group, int value) {
        bytes[2 * group] = (byte) (value >> 8);
        bytes[2 * group + 1] = (byte) value;
    }
}
