package dev.plugbay.adapters.rest.request;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which request bodies the server can read at all: text in UTF-8 only (a {@code charset} other
 * than UTF-8, an unknown or empty one is refused, never guessed at), and at most one content coding
 * from those the server decodes. A corrupt body in a supported coding is a different failure, found
 * while the body is read.
 */
public final class BodyEncodings {

    /** What the HTTP server decompresses (Micronaut's pipeline, without Brotli or Zstandard on the class path). */
    static final Set<String> SUPPORTED_CODINGS = Set.of("identity", "gzip", "x-gzip", "deflate", "x-deflate", "snappy");
    static final String NOT_UTF_8 = "The request body must be UTF-8 JSON: no other charset is accepted";
    static final String UNSUPPORTED_CODING =
            "The request body's Content-Encoding must be one of gzip, deflate or snappy (or none)";

    private BodyEncodings() {
    }

    /** Why the body cannot be read, from the request's Content-Type and Content-Encoding headers; empty when it can. */
    public static Optional<String> problem(List<String> contentTypes, List<String> contentEncodings) {
        if (contentTypes.size() > 1 || contentTypes.stream().anyMatch(type -> !declaresUtf8OrNothing(type))) {
            return Optional.of(NOT_UTF_8);
        }
        if (contentEncodings.size() > 1 || contentEncodings.stream()
                .anyMatch(coding -> !SUPPORTED_CODINGS.contains(coding.strip().toLowerCase(Locale.ROOT)))) {
            return Optional.of(UNSUPPORTED_CODING);
        }
        return Optional.empty();
    }

    private static boolean declaresUtf8OrNothing(String contentType) {
        String[] parts = contentType.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String value = parameter.length < 2 ? "" : unquoted(parameter[1].strip());
                if (!value.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
