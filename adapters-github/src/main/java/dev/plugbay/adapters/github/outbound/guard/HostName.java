package dev.plugbay.adapters.github.outbound.guard;

import dev.plugbay.domain.error.UrlNotAllowedException;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A URL's host after normalisation: lower case, IDN to ASCII (which also folds full-width digits
 * and dots), one trailing dot stripped. What remains is either a canonical IP literal or a plain
 * DNS name; anything that a browser or resolver could read as a number in another spelling
 * (a numeric last label such as {@code 2130706433}, {@code 127.1}, {@code 0x7f.1}) is refused.
 */
record HostName(String text, Optional<byte[]> literal) {

    private static final int MAX_LENGTH = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0x[0-9a-f]*");

    static HostName parse(String raw) {
        if (raw.isEmpty()) {
            throw refused("the URL has no host");
        }
        if (raw.startsWith("[")) {
            return ipv6Literal(raw);
        }
        if (raw.indexOf('%') >= 0) {
            throw refused("the host must not be percent-encoded");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(raw, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            throw refused("the host is not a valid DNS name");
        }
        String host = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (IpLiterals.isCanonicalIpv4(host)) {
            return new HostName(host, IpLiterals.parse(host));
        }
        if (host.isEmpty() || host.length() > MAX_LENGTH) {
            throw refused("the host is not a valid DNS name");
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw refused("the host is not a valid DNS name");
            }
        }
        if (NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches()) {
            throw refused("the host is a numeric address in a non-canonical spelling");
        }
        return new HostName(host, Optional.empty());
    }

    private static HostName ipv6Literal(String raw) {
        if (!raw.endsWith("]") || raw.indexOf('%') >= 0) {
            throw refused("the host is not a valid IPv6 literal");
        }
        String inner = raw.substring(1, raw.length() - 1).toLowerCase(Locale.ROOT);
        Optional<byte[]> bytes = inner.indexOf(':') >= 0 ? IpLiterals.parse(inner) : Optional.empty();
        if (bytes.isEmpty()) {
            throw refused("the host is not a valid IPv6 literal");
        }
        return new HostName("[" + inner + "]", bytes);
    }

    /** The name to give a resolver or TLS, without IPv6 brackets. */
    String bare() {
        return text.startsWith("[") ? text.substring(1, text.length() - 1) : text;
    }

    private static UrlNotAllowedException refused(String rule) {
        return new UrlNotAllowedException("URL not allowed: " + rule);
    }
}
