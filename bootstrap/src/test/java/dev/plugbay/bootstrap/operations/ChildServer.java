package dev.plugbay.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plugbay.bootstrap.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server as an operator runs it: {@link Application#main} in a JVM of its own (this test's class
 * path, so the packaged application.yml), on a free port, its output in a log file. The test can
 * kill it (SIGKILL) or stop it (SIGTERM) like the operating system would.
 */
public final class ChildServer implements AutoCloseable {

    /** A start on a busy machine (two cores shared by several builds) can take minutes. */
    private static final Duration START_WITHIN = Duration.ofMinutes(5);
    private static final Duration STOP_WITHIN = Duration.ofMinutes(1);
    private static final Duration POLL_EVERY = Duration.ofMillis(100);

    private final Process process;
    private final URI base;
    private final Path log;

    private ChildServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts the server with these system properties and waits until {@code /health} answers 200.
     *
     * @param name names the log file under {@code home}
     */
    public static ChildServer start(Path home, Map<String, Object> properties, String name) {
        return start(home, properties, Map.of(), name);
    }

    /** As {@link #start(Path, Map, String)}, with {@code environment} added to this JVM's for the server. */
    public static ChildServer start(Path home, Map<String, Object> properties, Map<String, String> environment, String name) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        // The packaged logging, not the logback-test.xml of the modules on this class path.
        command.add("-Dlogback.configurationFile=logback.xml");
        command.add("-Dplugbay.home=" + home);
        command.add("-Dplugbay.catalog.seed=false");
        command.add("-Dmicronaut.server.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Application.class.getName());
        Path log = home.resolve(name + ".log");
        try {
            Files.createDirectories(home);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            ChildServer server = new ChildServer(process, URI.create("http://127.0.0.1:" + port), log);
            try {
                server.awaitHealthy();
            } catch (AssertionError | RuntimeException notStarted) {
                server.close();
                throw notStarted;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }

    /** Everything the server wrote so far. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines logged at ERROR level. */
    List<String> errorLines() {
        return log().lines().filter(line -> line.contains(" ERROR ")).toList();
    }

    /** SIGKILL: the process ends at once, whatever it was doing. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the process runs its shutdown and ends. */
    public void terminate() {
        process.destroy();
        awaitExit();
    }

    int exitCode() {
        return process.exitValue();
    }

    private void awaitExit() {
        try {
            assertTrue(process.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS),
                    "the server did not end within " + STOP_WITHIN + "; its log:\n" + log());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the server ended with " + process.exitValue() + " before answering; its log:\n" + log());
            }
            try {
                if (client.send(health, BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // poll again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(POLL_EVERY);
        }
        fail("/health did not answer 200 within " + START_WITHIN + "; the log:\n" + log());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }
}
