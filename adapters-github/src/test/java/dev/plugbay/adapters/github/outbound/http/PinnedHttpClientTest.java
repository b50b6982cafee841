package dev.plugbay.adapters.github.outbound.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.plugbay.adapters.github.outbound.guard.TrustedEndpoint;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's own guarantees, against servers the tests control byte by byte or with their own certificate. */
class PinnedHttpClientTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));
    /** A first TLS handshake on a cold, loaded JVM can take longer than SHORT allows; this test is not about time. */
    private static final Timeouts HANDSHAKE_ROOM = new Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));
    private static final int LIMIT = 1024 * 1024;

    private final ExecutorService servers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        servers.shutdownNow();
    }

    @Test
    void connectsToThePinnedAddressAndNamesTheUrlHost() throws Exception {
        try (ServerSocket server = listen()) {
            Future<String> head = servers.submit(() -> answer(server, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));

            OutboundResponse response = new PinnedHttpClient(SHORT).exchange(pinned("http", "unresolvable.example", server),
                    OutboundRequest.get("/a.json"), LIMIT);

            assertEquals(200, response.status());
            assertEquals("ok", response.text());
            assertTrue(head.get().contains("\r\nHost: unresolvable.example:" + server.getLocalPort() + "\r\n"), head.get());
        }
    }

    @Test
    void theResolverKnowsOnlyTheDestinationsHost() throws Exception {
        PinnedDnsResolver resolver = new PinnedDnsResolver(target("https", "plugins.example", 443,
                InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34})).destination());

        assertEquals("93.184.216.34", resolver.resolve("PLUGINS.example")[0].getHostAddress());
        assertThrows(UnknownHostException.class, () -> resolver.resolve("evil.example"));
        assertThrows(UnknownHostException.class, () -> resolver.resolve("localhost"));
    }

    @Test
    void aBodyThatTricklesInPastTheTotalDeadlineIsCutOff() throws Exception {
        try (ServerSocket server = listen()) {
            servers.submit(() -> {
                try (Socket socket = server.accept()) {
                    readHead(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 100; i++) {
                        out.write('a');
                        out.flush();
                        Thread.sleep(200);
                    }
                }
                return null;
            });

            DomainException slow = assertThrows(DomainException.class, () -> new PinnedHttpClient(SHORT)
                    .exchange(pinned("http", "slow.example", server), OutboundRequest.get("/"), LIMIT));

            assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, slow.code());
            assertTrue(slow.getMessage().contains("did not answer in time"), slow.getMessage());
        }
    }

    @Test
    void anEndlessChunkedBodyStopsOneBytePastTheLimitAndIsNotDrained() throws Exception {
        try (ServerSocket server = listen()) {
            Future<Long> written = servers.submit(() -> {
                long sent = 0;
                try (Socket socket = server.accept()) {
                    readHead(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    while (sent < 1024L * LIMIT) {
                        out.write(chunk);
                        sent += chunk.length;
                    }
                } catch (IOException closedByTheClient) {
                    return sent;
                }
                return sent;
            });

            DomainException tooLarge = assertThrows(DomainException.class, () -> new PinnedHttpClient(SHORT)
                    .exchange(pinned("http", "endless.example", server), OutboundRequest.get("/"), LIMIT));

            assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.code());
            assertTrue(written.get(10, TimeUnit.SECONDS) < 16L * LIMIT, "the client drained " + written.get() + " bytes");
        }
    }

    @Test
    void tlsChecksTheCertificateAgainstTheUrlHostNotTheAddress(@TempDir Path dir) throws Exception {
        KeyStore keys = selfSigned(dir, "right.example");
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls(keys)));
        server.createContext("/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            PinnedHttpClient client = new PinnedHttpClient(HANDSHAKE_ROOM, clientTrusting(keys));
            int port = server.getAddress().getPort();
            InetAddress loopback = InetAddress.getLoopbackAddress();

            OutboundResponse right = client.exchange(target("https", "right.example", port, loopback),
                    OutboundRequest.get("/"), LIMIT);
            assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), right.body());

            DomainException wrong = assertThrows(DomainException.class, () -> client.exchange(
                    target("https", "wrong.example", port, loopback), OutboundRequest.get("/"), LIMIT));
            assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, wrong.code());
            assertTrue(wrong.getMessage().contains("failed the TLS check"), wrong.getMessage());
        } finally {
            server.stop(0);
        }
    }

    private static ServerSocket listen() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    private static TrustedEndpoint pinned(String scheme, String host, ServerSocket server) {
        return target(scheme, host, server.getLocalPort(), InetAddress.getLoopbackAddress());
    }

    /** The host at the port, whatever DNS would say: its one address is {@code address}. */
    private static TrustedEndpoint target(String scheme, String host, int port, InetAddress address) {
        return TrustedEndpoint.configured(host, URI.create(scheme + "://" + host + ":" + port), name -> List.of(address));
    }

    /** Accepts one connection, returns the request head it read after sending {@code response}. */
    private static String answer(ServerSocket server, String response) throws IOException {
        try (Socket socket = server.accept()) {
            String head = readHead(socket.getInputStream());
            socket.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
            return head;
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the request ended early");
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** A key pair and self-signed certificate for {@code host}, made by the JDK's keytool. */
    private static KeyStore selfSigned(Path dir, String host) throws Exception {
        Path store = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-dname", "CN=" + host, "-ext", "SAN=dns:" + host, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new ExecutionException(new IOException("keytool failed: " + output));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        return keys;
    }

    private static SSLContext serverTls(KeyStore keys) throws Exception {
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    private static SSLContext clientTrusting(KeyStore keys) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
