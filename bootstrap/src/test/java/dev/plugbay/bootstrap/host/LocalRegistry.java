package dev.plugbay.bootstrap.host;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake remote marketplace on 127.0.0.1: registry documents and archives at paths the test sets,
 * statuses, redirects and slow answers. {@link #properties} lets the server's outbound guard reach it
 * (and a closed port on the same address, for a registry that is down).
 */
final class LocalRegistry implements AutoCloseable {

    /** What a path answers. */
    private record Answer(int status, byte[] body, Map<String, String> headers, Duration delay) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;
    private final int deadPort;

    LocalRegistry() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                deadPort = closed.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * The outbound settings that allow this registry and the closed port, on 127.0.0.1 only, as text
     * (so that they also serve as system properties of a server in a JVM of its own).
     */
    Map<String, Object> properties() {
        return Map.of("plugbay.outbound.allowed-hosts", "127.0.0.1",
                "plugbay.outbound.allow-private", "127.0.0.1:" + server.getAddress().getPort() + ",127.0.0.1:" + deadPort);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A URL on 127.0.0.1 where nothing listens. */
    String deadUrl(String path) {
        return "http://127.0.0.1:" + deadPort + path;
    }

    String serve(String path, byte[] body) {
        return put(path, new Answer(200, body.clone(), Map.of(), Duration.ZERO));
    }

    String serve(String path, String body) {
        return serve(path, body.getBytes(StandardCharsets.UTF_8));
    }

    String status(String path, int status) {
        return put(path, new Answer(status, "{}".getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO));
    }

    String redirect(String path, String to) {
        return put(path, new Answer(302, new byte[0], Map.of("Location", to), Duration.ZERO));
    }

    String slow(String path, String body, Duration delay) {
        return put(path, new Answer(200, body.getBytes(StandardCharsets.UTF_8), Map.of(), delay));
    }

    private String put(String path, Answer answer) {
        answers.put(path, answer);
        return url(path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(),
                    new Answer(404, new byte[0], Map.of(), Duration.ZERO));
            Thread.sleep(answer.delay().toMillis());
            Map<String, String> headers = new HashMap<>(answer.headers());
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the server gave up waiting (a slow answer): nothing to send to
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
