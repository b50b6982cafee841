package dev.plugbay.application.port.out.host;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a plugin process ended. {@code requested} is true for a stop Plugbay asked for; anything else
 * is a crash (a timeout kill included), and {@code reason} says which, in words for the log.
 */
public record ProcessExit(boolean requested, OptionalInt exitCode, OptionalInt signal, String reason) {

    public ProcessExit {
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(reason, "reason");
    }
}
