package dev.plugbay.bootstrap.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Requests a client gets wrong (framing, target, charset, coding, sizes, origin, headers), each with
 * the answer the server owes it: a 4xx in the error model, never a 5xx and never another code. Every
 * request carries a valid token, so that a refusal cannot be mistaken for an authentication failure.
 */
public final class HostileRequests {

    private static final String COMMUNITY = "/api/v1/plugins/community";
    private static final String CREATE = "/api/v1/plugins";
    private static final String MANIFEST = "{\"id\": \"hostile_card\", \"slot\": \"dashboard_top\", \"ui\": {\"type\": \"text\"}}";

    private HostileRequests() {
    }

    /** A request as bytes and the status and code of its answer. */
    public record Hostile(String name, byte[] request, int status, String code) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * @param host  the {@code Host} header, {@code localhost:<port>} of the server under test
     * @param token a valid bearer token of a plain user
     */
    public static List<Hostile> all(String host, String token) {
        String auth = "Authorization: Bearer " + token + "\r\n";
        return List.of(
                post("charset utf-7", host, auth, "Content-Type: application/json;charset=utf-7\r\n", MANIFEST, 415, "UNSUPPORTED_MEDIA_TYPE"),
                post("unknown charset", host, auth, "Content-Type: application/json; charset=x-no-such-charset\r\n", MANIFEST,
                        415, "UNSUPPORTED_MEDIA_TYPE"),
                post("empty charset", host, auth, "Content-Type: application/json;charset=\r\n", MANIFEST, 415, "UNSUPPORTED_MEDIA_TYPE"),
                post("charset iso-8859-1", host, auth, "Content-Type: application/json; charset=ISO-8859-1\r\n", MANIFEST,
                        415, "UNSUPPORTED_MEDIA_TYPE"),
                post("corrupt gzip body", host, auth, json("Content-Encoding: gzip\r\n"), corruptGzip(), 400, "INVALID_REQUEST"),
                post("corrupt deflate body", host, auth, json("Content-Encoding: deflate\r\n"), "not deflate at all".getBytes(StandardCharsets.US_ASCII),
                        400, "INVALID_REQUEST"),
                post("corrupt snappy body", host, auth, json("Content-Encoding: snappy\r\n"), "not snappy at all".getBytes(StandardCharsets.US_ASCII),
                        400, "INVALID_REQUEST"),
                post("brotli body", host, auth, json("Content-Encoding: br\r\n"), MANIFEST, 415, "UNSUPPORTED_MEDIA_TYPE"),
                post("unknown content coding", host, auth, json("Content-Encoding: x-squeeze\r\n"), MANIFEST, 415, "UNSUPPORTED_MEDIA_TYPE"),
                post("two content codings", host, auth, json("Content-Encoding: gzip, gzip\r\n"), MANIFEST, 415, "UNSUPPORTED_MEDIA_TYPE"),
                get("bad percent-encoding in the query", COMMUNITY + "?q=%zz", host, auth, 400, "INVALID_REQUEST"),
                get("bad percent-encoding in the path", "/api/v1/plugins/%zz", host, auth, 400, "INVALID_REQUEST"),
                get("truncated percent-encoding", COMMUNITY + "?q=%4", host, auth, 400, "INVALID_REQUEST"),
                get("control byte in the path", "/api/v1/plugins/comm\u0001unity", host, auth, 400, "INVALID_REQUEST"),
                get("DEL byte in the query", COMMUNITY + "?q=a\u007fb", host, auth, 400, "INVALID_REQUEST"),
                get("non-ASCII byte in the path", "/api/v1/plugins/caf\u00e9", host, auth, 400, "INVALID_REQUEST"),
                get("asterisk target", "*", host, auth, 400, "INVALID_REQUEST"),
                get("target without a leading slash", "api/v1/plugins/community", host, auth, 400, "INVALID_REQUEST"),
                get("braces in the query", COMMUNITY + "?q={x}", host, auth, 400, "INVALID_REQUEST"),
                get("backslash in the path", "/api/v1/plugins\\community", host, auth, 400, "INVALID_REQUEST"),
                get("fragment in the target", COMMUNITY + "#top", host, auth, 400, "INVALID_REQUEST"),
                get("absolute form with a bad escape", "http://" + host + COMMUNITY + "?q=%zz", host, auth, 400, "INVALID_REQUEST"),
                get("URL over 4 KiB", COMMUNITY + "?q=" + "a".repeat(5000), host, auth, 414, "URI_TOO_LONG"),
                get("header over 8 KiB", COMMUNITY, host, auth + "X-Padding: " + "a".repeat(9000) + "\r\n", 431, "HEADERS_TOO_LARGE"),
                get("many headers over 8 KiB in all", COMMUNITY, host, auth + ("X-More: " + "b".repeat(100) + "\r\n").repeat(90), 431, "HEADERS_TOO_LARGE"),
                get("foreign Origin on a loopback Host", COMMUNITY, host, auth + "Origin: https://evil.example\r\n", 403, "PERMISSION_DENIED"),
                get("two Authorization headers", COMMUNITY, host, auth + "Authorization: Bearer " + token + "\r\n", 400, "INVALID_REQUEST"),
                get("a valid and an invalid Authorization header", COMMUNITY, host, auth + "Authorization: Bearer garbage\r\n",
                        400, "INVALID_REQUEST"));
    }

    /** The request as a well-behaved client sends it: the control case that each hostile one departs from. */
    public static byte[] wellFormed(String host, String token) {
        return request("GET " + COMMUNITY + "?q=%41 HTTP/1.1\r\n", host, "Authorization: Bearer " + token + "\r\n", new byte[0]);
    }

    private static String json(String header) {
        return "Content-Type: application/json\r\n" + header;
    }

    private static Hostile get(String name, String target, String host, String headers, int status, String code) {
        return new Hostile(name, request("GET " + target + " HTTP/1.1\r\n", host, headers, new byte[0]), status, code);
    }

    private static Hostile post(String name, String host, String auth, String headers, String body, int status, String code) {
        return post(name, host, auth, headers, body.getBytes(StandardCharsets.UTF_8), status, code);
    }

    private static Hostile post(String name, String host, String auth, String headers, byte[] body, int status, String code) {
        return new Hostile(name, request("POST " + CREATE + " HTTP/1.1\r\n", host, auth + headers
                + "Content-Length: " + body.length + "\r\n", body), status, code);
    }

    private static byte[] request(String requestLine, String host, String headers, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((requestLine + "Host: " + host + "\r\n" + headers + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    /** A gzip header followed by a deflate stream whose first block has the reserved type. */
    private static byte[] corruptGzip() {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(MANIFEST.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = gzip.toByteArray();
        for (int i = 10; i < bytes.length; i++) {
            bytes[i] = (byte) 0xFF;
        }
        return bytes;
    }
}
