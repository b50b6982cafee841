package dev.plugbay.application.port.in.host;

import java.time.Instant;
import java.util.Objects;

/** One line of a host plugin's log: {@code stream} is {@code stderr}, {@code stdout} or {@code host}. */
public record HostLogLine(Instant at, String stream, String line, boolean truncated) {

    public HostLogLine {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(line, "line");
    }
}
