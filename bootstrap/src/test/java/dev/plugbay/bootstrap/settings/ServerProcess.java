package dev.plugbay.bootstrap.settings;

import static org.junit.jupiter.api.Assertions.fail;

import dev.plugbay.bootstrap.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application's {@code main} in a child JVM on this test's class path, started the way
 * an operator starts it: settings in environment variables. Used for starts that must fail, so that
 * the exit code and what the operator reads are what is asserted.
 */
record ServerProcess(int exitCode, String output) {

    /** A start that does not end by itself within this long is a start that succeeded. */
    private static final long EXIT_WITHIN_SECONDS = 120;

    /** Runs the server on {@code home} with {@code environment} until it exits; fails if it keeps running. */
    static ServerProcess run(Path home, Map<String, String> environment) throws IOException, InterruptedException {
        Path output = Files.createTempFile(home, "server", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PLUGBAY_") || name.startsWith("MICRONAUT_")
                || name.startsWith("DATASOURCES_"));
        builder.environment().put("PLUGBAY_HOME", home.toString());
        builder.environment().put("PLUGBAY_CATALOG_SEED", "false");
        builder.environment().put("MICRONAUT_SERVER_PORT", "-1");
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS)) {
                fail("the server started with " + environment + " and was still running after " + EXIT_WITHIN_SECONDS + " s");
            }
            return new ServerProcess(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
