package dev.plugbay.adapters.host.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds out once, at startup, what this machine can enforce (RUNTIME.md "Sandbox"), by running
 * the programs involved rather than guessing from versions: {@code unshare --net} (as root) or
 * {@code unshare --user --net}, and the configured {@code node} with its permission flags.
 */
public final class SandboxProbe {

    private static final long PROBE_SECONDS = 20;
    private static final int MAX_OUTPUT_BYTES = 1024 * 1024;
    private static final Pattern PERMISSION_FLAG = Pattern.compile("(?m)^\\s+(--permission|--experimental-permission)\\s");
    private static final Pattern ALLOW_FLAG = Pattern.compile("--allow-[a-z-]+[a-z]");
    /** Exits 0 when every path given after the script is readable under the flags it runs with. */
    private static final String REPEATED_FLAGS_CHECK =
            "process.exit(process.argv.slice(1).every(p => process.permission.has('fs.read', p)) ? 0 : 3)";

    private final Map<String, String> environment;
    private final boolean root;

    public SandboxProbe(Map<String, String> environment, boolean root) {
        this.environment = Map.copyOf(environment);
        this.root = root;
    }

    /** Whether Plugbay runs as root: {@code /proc/self} belongs to the effective user. */
    public static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException notLinux) {
            return false;
        }
    }

    public HostCapabilities probe(String node) {
        String path = environment.get("PATH");
        Optional<Path> nodeExecutable = Executables.find(node, path);
        Optional<NodeRuntime> nodeRuntime = nodeExecutable.flatMap(this::node);
        String nodeProblem = nodeExecutable.isEmpty() ? "'" + node + "' is not an executable on PATH"
                : nodeRuntime.isEmpty() ? "'" + nodeExecutable.get() + " --version' failed" : "";
        return new HostCapabilities(Executables.find("setsid", path), network(path), nodeRuntime, nodeProblem);
    }

    private NetworkIsolation network(String path) {
        Optional<Path> unshare = Executables.find("unshare", path);
        Optional<Path> trueProgram = Executables.find("true", path);
        if (unshare.isEmpty() || trueProgram.isEmpty()) {
            return NetworkIsolation.NONE;
        }
        List<NetworkIsolation> candidates = root
                ? List.of(NetworkIsolation.asRoot(unshare.get()), NetworkIsolation.asUser(unshare.get()))
                : List.of(NetworkIsolation.asUser(unshare.get()));
        for (NetworkIsolation candidate : candidates) {
            List<String> command = new ArrayList<>(candidate.prefix());
            command.add(trueProgram.get().toString());
            if (run(command).exitCode() == 0) {
                return candidate;
            }
        }
        return NetworkIsolation.NONE;
    }

    private Optional<NodeRuntime> node(Path executable) {
        Outcome version = run(List.of(executable.toString(), "--version"));
        if (version.exitCode() != 0 || version.output().isBlank()) {
            return Optional.empty();
        }
        String help = run(List.of(executable.toString(), "--help")).output();
        Matcher permission = PERMISSION_FLAG.matcher(help);
        Optional<String> permissionFlag = Optional.empty();
        while (permission.find()) {
            if (permissionFlag.isEmpty() || permission.group(1).equals("--permission")) {
                permissionFlag = Optional.of(permission.group(1));
            }
        }
        Set<String> allowFlags = new TreeSet<>();
        ALLOW_FLAG.matcher(help).results().forEach(match -> allowFlags.add(match.group()));
        boolean repeated = permissionFlag.isPresent() && takesRepeatedPathFlags(executable, permissionFlag.get());
        return Optional.of(new NodeRuntime(executable, version.output().strip(), permissionFlag, allowFlags, repeated));
    }

    private boolean takesRepeatedPathFlags(Path executable, String permissionFlag) {
        Path scratch = null;
        try {
            scratch = removedAtExit(Files.createTempDirectory("plugbay-node-probe"));
            Path first = removedAtExit(Files.createDirectory(scratch.resolve("a"))).toRealPath();
            Path second = removedAtExit(Files.createDirectory(scratch.resolve("b"))).toRealPath();
            return run(List.of(executable.toString(), permissionFlag, "--allow-fs-read=" + first, "--allow-fs-read=" + second,
                    "-e", REPEATED_FLAGS_CHECK, first.toString(), second.toString())).exitCode() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("The Node.js probe could not create its scratch folder", e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs one probe with its output in a scratch file, so a program that never ends cannot hold the start up. */
    private Outcome run(List<String> command) {
        Path output = null;
        try {
            output = removedAtExit(Files.createTempFile("plugbay-probe", ".out"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, "");
            }
            byte[] text;
            try (InputStream in = Files.newInputStream(output)) {
                text = in.readNBytes(MAX_OUTPUT_BYTES);
            }
            return new Outcome(process.exitValue(), new String(text, StandardCharsets.UTF_8));
        } catch (IOException cannotRun) {
            return new Outcome(-1, "");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "");
        } finally {
            deleteQuietly(output);
        }
    }

    /**
     * The probe runs on its own thread while the server starts (ProcessRuntime): a server stopped
     * before the probe ends exits without running its {@code finally}, so its scratch files are also
     * deleted when the JVM ends (after the files they hold, in the reverse order of this call).
     */
    private static Path removedAtExit(Path path) {
        path.toFile().deleteOnExit();
        return path;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a scratch folder in the temp directory; the system cleans it eventually
        }
    }
}
