package dev.plugbay.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.bootstrap.Application;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged logging configuration in a child JVM: with {@code -Dplugbay.log.format=json}, or the
 * command-line argument {@code --plugbay.log.format=json}, every line the server writes is one JSON
 * object with its level, logger and message; with any other format
 * logback says so, naming the property, and the start stops.
 */
class JsonLogLinesTest {

    @Test
    void withTheJsonFormatEveryLineIsAJsonObject(@TempDir Path home) throws Exception {
        assertEveryLineIsAJsonObject(home, List.of("-Dplugbay.log.format=json"), List.of());
    }

    @Test
    void theFormatGivenAsACommandLineArgumentTakesEffectToo(@TempDir Path home) throws Exception {
        assertEveryLineIsAJsonObject(home, List.of(), List.of("--plugbay.log.format=json"));
    }

    private static void assertEveryLineIsAJsonObject(Path home, List<String> jvmOptions, List<String> arguments)
            throws Exception {
        Path log = home.resolve("out.log");
        Process server = start(home, log, jvmOptions, arguments);
        try {
            List<String> lines = awaitLine(server, log, "Startup completed");
            for (String line : lines) {
                JsonValue parsed = parse(line);
                assertTrue(parsed instanceof JsonObject, line);
                JsonObject object = (JsonObject) parsed;
                for (String member : List.of("level", "loggerName", "message", "mdc")) {
                    assertTrue(object.get(member).isPresent(), member + " in " + line);
                }
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnknownFormatStopsTheStartNamingTheProperty(@TempDir Path home) throws Exception {
        Path log = home.resolve("out.log");
        Process server = start(home, log, List.of("-Dplugbay.log.format=xml"), List.of());
        try {
            assertTrue(server.waitFor(2, TimeUnit.MINUTES), "the start stopped");
            assertFalse(server.exitValue() == 0, "with a failure");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(output.contains("\"xml\" substituted for \"${plugbay.log.format"), output);
            assertTrue(output.contains("Appender named [xml] could not be found"), output);
        } finally {
            server.destroyForcibly();
        }
    }

    private static JsonValue parse(String line) {
        try {
            return JsonReader.parse(line);
        } catch (RuntimeException notJson) {
            throw new AssertionError("not a JSON line: " + line, notJson);
        }
    }

    private static Process start(Path home, Path log, List<String> jvmOptions, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // The packaged logback.xml, not a module's logback-test.xml on the test class path.
                "-Dlogback.configurationFile=" + JsonLogLinesTest.class.getClassLoader().getResource("logback.xml"),
                "-Dplugbay.home=" + home,
                "-Dplugbay.catalog.seed=false",
                "-Dmicronaut.server.port=" + freePort()));
        command.addAll(jvmOptions);
        command.add(Application.class.getName());
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> awaitLine(Process server, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && server.isAlive()) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (lines.stream().anyMatch(line -> line.contains(text))) {
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line with " + text + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
