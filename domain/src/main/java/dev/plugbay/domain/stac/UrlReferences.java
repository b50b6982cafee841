package dev.plugbay.domain.stac;

import dev.plugbay.domain.error.MessageBounds;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a URL found in a {@code ui} tree may reach a client: an absolute {@code https:}
 * URL with a host, or a relative reference.
 *
 * <p>The check runs on the URL as a browser (WHATWG URL parser) would read it: leading and
 * trailing C0 controls and spaces are stripped and tabs and newlines anywhere are removed, so
 * {@code " java\tscript:"} is read as {@code javascript:}. Anything whose first segment holds a
 * colon is treated as having a scheme (RFC 3986 forbids a colon there in a relative reference),
 * so odd spellings such as {@code "\u00A0javascript:"} are refused rather than guessed at.
 */
final class UrlReferences {

    /** The member names whose string values are URLs. */
    static final Set<String> URL_KEYS = Set.of("src", "url", "image", "href");

    private static final String ALLOWED_SCHEME = "https";

    private UrlReferences() {
    }

    /** Why the URL is refused, or empty when it is allowed. */
    static Optional<String> problem(String url) {
        String normalized = normalize(url);
        if (isProtocolRelative(normalized)) {
            // "//host" takes the scheme of whatever document it is rendered in, which may be
            // http: or file: in a client app: it cannot be shown to be https, so it is refused.
            return Optional.of("Protocol-relative URL is not allowed; use an https: URL");
        }
        int schemeEnd = schemeEnd(normalized);
        if (schemeEnd < 0) {
            return Optional.empty();
        }
        String scheme = normalized.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals(ALLOWED_SCHEME)) {
            return Optional.of("URL scheme not allowed: " + MessageBounds.quote(scheme) + " (only https: or a relative reference)");
        }
        if (!hasHost(normalized.substring(schemeEnd + 1))) {
            return Optional.of("An https: URL must name a host");
        }
        return Optional.empty();
    }

    private static String normalize(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        return url.substring(start, end).replaceAll("[\t\n\r]", "");
    }

    /** Browsers read a backslash as a slash in web URLs, so {@code \\host} is protocol-relative too. */
    private static boolean isProtocolRelative(String url) {
        return url.length() >= 2 && isSlash(url.charAt(0)) && isSlash(url.charAt(1));
    }

    /** The index of the colon ending the scheme, or -1 for a relative reference. */
    private static int schemeEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            if (isSlash(c) || c == '?' || c == '#') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasHost(String afterScheme) {
        if (!afterScheme.startsWith("//")) {
            return false;
        }
        String authority = afterScheme.substring(2).split("[/\\\\?#]", 2)[0];
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        return !hostAndPort.isEmpty() && hostAndPort.charAt(0) != ':';
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }
}
