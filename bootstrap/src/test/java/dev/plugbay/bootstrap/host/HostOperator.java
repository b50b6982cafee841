package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.text;

import dev.plugbay.bootstrap.MarketplaceApi;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The operator of one host, over HTTP with an ADMIN token, and the plugin folders of the test fixtures. */
public final class HostOperator {

    private static final List<String> ADMIN = List.of("ADMIN");

    private final MarketplaceApi api;

    HostOperator(PackagedServer server) {
        this(server.api());
    }

    /** The operator of a server started otherwise, such as in a JVM of its own. */
    HostOperator(MarketplaceApi api) {
        this.api = api;
    }

    JsonValue call(MutableHttpRequest<?> request, int status) {
        return api.call("operator", ADMIN, request, status);
    }

    JsonValue install(Path folder, int status) {
        return call(HttpRequest.POST("/api/plugins", "{\"path\": \"" + folder + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE), status);
    }

    JsonValue activate(String name) {
        return call(HttpRequest.POST("/api/plugins/" + name + "/activate", ""), 200);
    }

    JsonValue detail(String name) {
        return member(call(HttpRequest.GET("/api/plugins/" + name), 200), "plugin");
    }

    long pid(String name) {
        return ((JsonNumber) member(member(detail(name), "runtime"), "pid")).value().longValueExact();
    }

    List<String> logLines(String name) {
        return elements(member(call(HttpRequest.GET("/api/plugins/" + name + "/logs?limit=500"), 200), "logs")).stream()
                .map(entry -> text(entry, "stream") + ": " + text(entry, "line")).toList();
    }

    /** Waits (polling, with a deadline) until the plugin's logs hold {@code line}; plugins write asynchronously. */
    void awaitLog(String name, String line) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!logLines(name).contains(line)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no log line '" + line + "' in " + logLines(name));
            }
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Copies the fixture folder {@code host-plugins/<fixture>} to {@code sources/<fixture>}; {@code .py} files executable. */
    public static Path fixture(String fixture, Path sources) {
        try {
            Path from = Path.of(HostOperator.class.getResource("/host-plugins/" + fixture).toURI());
            Path to = Files.createDirectories(sources.resolve(fixture));
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.toList()) {
                    Path copy = Files.copy(file, to.resolve(file.getFileName().toString()));
                    if (copy.toString().endsWith(".py")) {
                        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names in {@code <home>/plugins}, residue included. */
    static List<String> rootEntries(Path home) {
        Path root = home.resolve("plugins");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.map(child -> child.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
