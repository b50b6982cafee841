package dev.plugbay.contracts.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written, byte for byte, with no client normalizing it: the way an
 * attacker spells a URL ({@code %2F}, {@code ..}, {@code *}, a control byte), repeats a header or
 * mislabels a body reaches the server as is. Every read waits at most {@link #READ_TIMEOUT}. Shared
 * here by the REST adapter's tests and bootstrap's, which test the HTTP API from outside.
 */
public final class RawHttp {

    /** How long the server may keep a client waiting for any part of an answer. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private RawHttp() {
    }

    /** The answer to {@code METHOD target HTTP/1.1} with an optional bearer token (and a {@code {}} body for POST and PUT). */
    public static Answer send(URL server, String method, String target, String token) {
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader(server)).append("\r\n")
                .append("Connection: close\r\n");
        if (token != null) {
            request.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (method.equals("POST") || method.equals("PUT")) {
            request.append("Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        } else {
            request.append("\r\n");
        }
        return exchange(server, request.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The {@code Host} header a client of this server sends: its host and port. */
    public static String hostHeader(URL server) {
        return server.getHost() + ":" + server.getPort();
    }

    /** Writes {@code request} as it is and reads one answer: its status line, headers and body. */
    public static Answer exchange(URL server, byte[] request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.putIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).strip());
            }
            byte[] body = body(in, headers);
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), body.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        if (headers.containsKey("content-length")) {
            return in.readNBytes(Integer.parseInt(headers.get("content-length")));
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            return body.toByteArray();
        }
        return in.readAllBytes();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed in the middle of a line: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * @param headers   each header's first value, by lower-case name
     * @param bodyBytes the body's length in bytes
     */
    public record Answer(int status, Map<String, String> headers, String body, int bodyBytes) {

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
