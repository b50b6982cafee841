package dev.plugbay.adapters.github.http;

import dev.plugbay.domain.error.PayloadTooLargeException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A small HTTP/1.1 client over a socket connected to the destination's one address: no DNS lookup
 * of its own, no redirects followed (a 3xx is returned as it is), a connect and a total time limit,
 * and a body limit at which reading stops. TLS verifies the certificate against the URL's host.
 * One request per connection ({@code Connection: close}).
 */
public final class PinnedHttpClient {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([0-9]{3})(?: .*)?");

    private final Timeouts timeouts;
    private final SSLSocketFactory tls;

    public PinnedHttpClient(Timeouts timeouts) {
        this(timeouts, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public PinnedHttpClient(Timeouts timeouts, SSLSocketFactory tls) {
        this.timeouts = timeouts;
        this.tls = tls;
    }

    /**
     * Sends the request and reads the answer. Throws {@code UPSTREAM_UNAVAILABLE} when the server
     * cannot be reached, times out or answers something that is not HTTP, and
     * {@code PAYLOAD_TOO_LARGE} when the body is longer than {@code maxBodyBytes}.
     */
    public HttpResponse exchange(Destination destination, HttpRequest request, int maxBodyBytes) {
        long deadline = System.nanoTime() + timeouts.total().toNanos();
        try (Socket socket = connect(destination, deadline)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(destination, request));
            out.write(request.body());
            out.flush();
            InputStream in = new DeadlineInputStream(socket, deadline);
            return read(destination, request, in, maxBodyBytes);
        } catch (SocketTimeoutException slow) {
            throw new UpstreamUnavailableException(destination.authority() + " did not answer in time");
        } catch (IOException unreachable) {
            throw new UpstreamUnavailableException(destination.authority() + " could not be reached");
        }
    }

    private Socket connect(Destination destination, long deadline) throws IOException {
        Socket socket = new Socket();
        try {
            int connectMillis = (int) Math.min(timeouts.connect().toMillis(), remainingMillis(deadline));
            socket.connect(new InetSocketAddress(destination.address(), destination.port()), connectMillis);
            socket.setSoTimeout(remainingMillis(deadline));
            if (!destination.tls()) {
                return socket;
            }
            SSLSocket secured = (SSLSocket) tls.createSocket(socket, destination.bareHost(), destination.port(), true);
            SSLParameters parameters = secured.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!destination.isIpLiteral()) {
                parameters.setServerNames(List.of(new SNIHostName(destination.bareHost())));
            }
            secured.setSSLParameters(parameters);
            secured.startHandshake();
            return secured;
        } catch (IOException | RuntimeException failure) {
            socket.close();
            throw failure;
        }
    }

    private static byte[] head(Destination destination, HttpRequest request) {
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(destination.hostHeader()).append("\r\n");
        head.append("User-Agent: plugbay\r\n");
        head.append("Accept-Encoding: identity\r\n");
        head.append("Connection: close\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (request.body().length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse read(Destination destination, HttpRequest request, InputStream in, int maxBodyBytes)
            throws IOException {
        while (true) {
            String statusLine = line(in);
            Matcher status = STATUS_LINE.matcher(statusLine);
            if (!status.matches()) {
                throw new IOException("not an HTTP response");
            }
            int code = Integer.parseInt(status.group(1));
            Map<String, List<String>> headers = headers(in);
            if (code >= 100 && code < 200) {
                continue;
            }
            boolean bodiless = request.method().equals("HEAD") || code == 204 || code == 304;
            byte[] body = bodiless ? new byte[0] : body(destination, headers, in, maxBodyBytes);
            return new HttpResponse(code, headers, body);
        }
    }

    private static Map<String, List<String>> headers(InputStream in) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int count = 0; ; count++) {
            String line = line(in);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || count >= MAX_HEADERS) {
                throw new IOException("malformed headers");
            }
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
    }

    private static byte[] body(Destination destination, Map<String, List<String>> headers, InputStream in, int max)
            throws IOException {
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))) {
            return chunked(destination, in, max);
        }
        List<String> length = headers.getOrDefault("content-length", List.of());
        if (length.isEmpty()) {
            return upTo(destination, in, max, Long.MAX_VALUE);
        }
        long declared;
        try {
            declared = Long.parseLong(length.get(0));
        } catch (NumberFormatException notANumber) {
            throw new IOException("malformed content length");
        }
        if (declared > max) {
            throw tooLarge(destination, max);
        }
        byte[] body = upTo(destination, in, max, declared);
        if (body.length != declared) {
            throw new IOException("the body ended early");
        }
        return body;
    }

    private static byte[] chunked(Destination destination, InputStream in, int max) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in).split(";", 2)[0].trim();
            long size;
            try {
                size = Long.parseLong(sizeLine, 16);
            } catch (NumberFormatException notHex) {
                throw new IOException("malformed chunk size");
            }
            if (size == 0) {
                headers(in);
                return body.toByteArray();
            }
            if (size < 0 || body.size() + size > max) {
                throw tooLarge(destination, max);
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length != size || !line(in).isEmpty()) {
                throw new IOException("malformed chunk");
            }
            body.write(chunk);
        }
    }

    /** Reads up to {@code wanted} bytes, failing as soon as more than {@code max} arrive. */
    private static byte[] upTo(Destination destination, InputStream in, int max, long wanted) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(wanted, (long) max + 1));
        if (body.length > max) {
            throw tooLarge(destination, max);
        }
        return body;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed mid-response");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("a response line is too long");
            }
            line.write(b);
        }
    }

    private static PayloadTooLargeException tooLarge(Destination destination, int max) {
        return new PayloadTooLargeException("The document at " + destination.authority() + " is larger than "
                + max + " bytes");
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long remaining = (deadline - System.nanoTime()) / 1_000_000;
        if (remaining <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }

    /** Re-arms the socket's read timeout before every read so the whole exchange keeps one deadline. */
    private static final class DeadlineInputStream extends InputStream {

        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInputStream(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = new java.io.BufferedInputStream(socket.getInputStream());
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return in.read(buffer, offset, length);
        }
    }
}
