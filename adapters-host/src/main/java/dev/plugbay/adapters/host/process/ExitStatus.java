package dev.plugbay.adapters.host.process;

import java.util.OptionalInt;

/**
 * How a process ended, as the JDK reports it: a process killed by signal n reads as exit value
 * 128 + n, so values 129 to 192 are read as signals (a process that chose such an exit code is
 * reported as signalled; the JDK cannot tell them apart).
 */
record ExitStatus(OptionalInt code, OptionalInt signal) {

    private static final int SIGNAL_BASE = 128;
    private static final int LAST_SIGNAL = 64;

    static ExitStatus of(int exitValue) {
        return exitValue > SIGNAL_BASE && exitValue <= SIGNAL_BASE + LAST_SIGNAL
                ? new ExitStatus(OptionalInt.empty(), OptionalInt.of(exitValue - SIGNAL_BASE))
                : new ExitStatus(OptionalInt.of(exitValue), OptionalInt.empty());
    }

    /** {@code exited with code 1} or {@code was killed by signal 9}. */
    String describe() {
        return code.isPresent() ? "exited with code " + code.getAsInt() : "was killed by signal " + signal.getAsInt();
    }
}
