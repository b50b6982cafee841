package dev.plugbay.adapters.host.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Everything a plugin process started: the session its leader opened with {@code setsid} (so a
 * grandchild that double-forked away from its parent is still found) and the leader's
 * descendants (so one that left the session but not the family is found too). Zombies count as
 * gone: they run nothing, and on a machine whose init does not reap them they would never leave.
 * Only a process that both leaves the session and is orphaned escapes; docs/host.md says so.
 */
final class ProcessGroup {

    private static final Path PROC = Path.of("/proc");
    private static final long POLL_MILLIS = 20;
    /** SIGKILL cannot be ignored; more rounds only catch processes forked while the first ones die. */
    private static final int KILL_ROUNDS = 50;

    private final ProcessHandle leader;

    ProcessGroup(ProcessHandle leader) {
        this.leader = leader;
    }

    /** SIGTERM to every member, then SIGKILL to whatever is left after {@code grace}; true when none is left. */
    boolean terminate(Duration grace) {
        members().forEach(ProcessHandle::destroy);
        if (awaitEmpty(grace)) {
            return true;
        }
        for (int round = 0; round < KILL_ROUNDS; round++) {
            members().forEach(ProcessHandle::destroyForcibly);
            if (awaitEmpty(Duration.ofMillis(POLL_MILLIS))) {
                return true;
            }
        }
        return false;
    }

    /** The live (not zombie) processes of the session and the leader's family, the leader first. */
    List<ProcessHandle> members() {
        Map<Long, ProcessHandle> members = new LinkedHashMap<>();
        if (leader.isAlive()) {
            members.put(leader.pid(), leader);
        }
        leader.descendants().filter(process -> running(process.pid())).forEach(process -> members.put(process.pid(), process));
        for (long pid : sessionMembers(leader.pid())) {
            ProcessHandle.of(pid).ifPresent(process -> members.putIfAbsent(pid, process));
        }
        return List.copyOf(members.values());
    }

    private boolean awaitEmpty(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            leader.onExit().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return members().isEmpty();
        }
        while (!members().isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return members().isEmpty();
            }
        }
        return true;
    }

    /** The pids whose session id is {@code sessionId}, zombies left out, read from {@code /proc/<pid>/stat}. */
    private static List<Long> sessionMembers(long sessionId) {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, path -> isPid(path.getFileName().toString()))) {
            List<Long> members = new java.util.ArrayList<>();
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                stat(pid).filter(stat -> stat.session() == sessionId && !stat.zombie()).ifPresent(stat -> members.add(pid));
            }
            return members;
        } catch (IOException noProc) {
            return List.of();
        }
    }

    private static boolean running(long pid) {
        return stat(pid).filter(stat -> !stat.zombie()).isPresent();
    }

    private record Stat(char state, long session) {
        boolean zombie() {
            return state == 'Z' || state == 'X' || state == 'x';
        }
    }

    /** Fields 3 (state) and 6 (session) of {@code /proc/<pid>/stat}; the command name before them may hold anything but ends at the last ')'. */
    private static Optional<Stat> stat(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.ISO_8859_1);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new Stat(fields[0].charAt(0), Long.parseLong(fields[3])));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
