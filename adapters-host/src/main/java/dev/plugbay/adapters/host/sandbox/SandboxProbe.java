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
 *
 * <p>The programs' output and Node's test folders go to a scratch folder of the probe's own
 * (under {@code plugbay.home}, never the system's temporary directory), and each is removed once
 * used. The folder is emptied when the probe is made: whatever it holds then was left by an earlier
 * server killed while it probed. The probe never creates the folder again itself, so once the
 * folder is gone it writes nothing more.
 *
 * <p>Interrupting the thread that probes stops the program it runs and makes every later one fail
 * at once: the probe then ends quickly, its scratch files removed, with a result that means nothing.
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
    private final Path scratch;

    private SandboxProbe(Map<String, String> environment, boolean root, Path scratch) {
        this.environment = Map.copyOf(environment);
        this.root = root;
        this.scratch = scratch;
    }

    /** A probe writing its scratch files in {@code scratch}, emptied (or created) now. */
    public static SandboxProbe withScratch(Map<String, String> environment, boolean root, Path scratch) {
        deleteQuietly(scratch);
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox probe cannot create its scratch folder " + scratch, e);
        }
        return new SandboxProbe(environment, root, scratch);
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
        Path folders = null;
        try {
            folders = Files.createTempDirectory(scratch, "node-probe");
            Path first = Files.createDirectory(folders.resolve("a")).toRealPath();
            Path second = Files.createDirectory(folders.resolve("b")).toRealPath();
            return run(List.of(executable.toString(), permissionFlag, "--allow-fs-read=" + first, "--allow-fs-read=" + second,
                    "-e", REPEATED_FLAGS_CHECK, first.toString(), second.toString())).exitCode() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("The Node.js probe could not create its scratch folder", e);
        } finally {
            deleteQuietly(folders);
        }
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs one probe with its output in a scratch file, so a program that never ends cannot hold the start up. */
    private Outcome run(List<String> command) {
        Path output = null;
        try {
            output = Files.createTempFile(scratch, "probe", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!ended(process)) {
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
        } finally {
            deleteQuietly(output);
        }
    }

    /** Whether the program ended within the probe's time; not when the probe is interrupted. */
    private static boolean ended(Process process) {
        try {
            return process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
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
            // what is left in the scratch folder goes at the next probe
        }
    }
}
