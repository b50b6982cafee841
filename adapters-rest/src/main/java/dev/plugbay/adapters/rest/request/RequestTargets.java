package dev.plugbay.adapters.rest.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The request-target rule (RFC 9112 §3.2, RFC 3986 §3): an absolute path with an optional query,
 * or the same after {@code http://} or {@code https://} and an authority (the absolute form, which
 * a server must accept). Only the characters RFC 3986 allows there, and percent signs only as
 * {@code %} and two hex digits. Anything else ({@code *}, no leading slash, {@code %zz}, a
 * control byte, a raw space or non-ASCII byte, a fragment) is a malformed request.
 */
public final class RequestTargets {

    static final String NOT_A_PATH = "The request target must be a path starting with /";
    static final String BAD_CHARACTER = "The request target holds a character that must be percent-encoded";
    static final String BAD_ESCAPE = "The request target holds a % that is not followed by two hex digits";
    static final String BAD_AUTHORITY = "The request target names no valid host";

    /** unreserved, sub-delims, ':' and '@' (RFC 3986 pchar without pct-encoded), '/' and '?'. */
    private static final String PATH_AND_QUERY = "-._~!$&'()*+,;=:@/?";
    /** An authority may also hold an IPv6 literal. */
    private static final String AUTHORITY = "-._~!$&'()*+,;=:@[]";

    private RequestTargets() {
    }

    /** Why the target is malformed, or empty when it is well formed. */
    public static Optional<String> problem(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        String pathAndQuery = target;
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int authorityStart = target.indexOf("//") + 2;
            int pathStart = target.indexOf('/', authorityStart);
            String authority = target.substring(authorityStart, pathStart < 0 ? target.length() : pathStart);
            Optional<String> authorityProblem = charactersProblem(authority, AUTHORITY);
            if (authority.isEmpty() || authorityProblem.isPresent()) {
                return authorityProblem.or(() -> Optional.of(NOT_A_PATH));
            }
            if (!isServerAuthority(target.substring(0, authorityStart) + authority)) {
                return Optional.of(BAD_AUTHORITY);
            }
            pathAndQuery = pathStart < 0 ? "/" : target.substring(pathStart);
        }
        if (!pathAndQuery.startsWith("/")) {
            return Optional.of(NOT_A_PATH);
        }
        return charactersProblem(pathAndQuery, PATH_AND_QUERY);
    }

    private static Optional<String> charactersProblem(String text, String allowedSymbols) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return Optional.of(BAD_ESCAPE);
                }
                i += 2;
            } else if (!isAsciiLetterOrDigit(c) && allowedSymbols.indexOf(c) < 0) {
                return Optional.of(BAD_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /** A host (a name, an IPv4 address or a bracketed IPv6 literal) and an optional port. */
    private static boolean isServerAuthority(String schemeAndAuthority) {
        try {
            return new URI(schemeAndAuthority).parseServerAuthority().getHost() != null;
        } catch (URISyntaxException notAHost) {
            return false;
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
