package dev.plugbay.adapters.host.bundled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end for a test, with its output in a file; a command still running after the deadline is killed with its children. */
record CommandRun(int exitCode, String output) {

    private static final long DEADLINE_SECONDS = 120;

    static CommandRun run(List<String> command, Map<String, String> environment, Path workFolder) throws IOException, InterruptedException {
        Path output = Files.createTempFile(workFolder, "output", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(command + " did not end within " + DEADLINE_SECONDS + " s:\n" + Files.readString(output));
            }
            return new CommandRun(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
