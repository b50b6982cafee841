package dev.plugbay.application.port.out.host;

import java.time.Instant;
import java.util.Objects;

/** One log line of a host plugin: {@code stream} is {@code stderr}, {@code stdout} or {@code host}. */
public record LogEntry(Instant at, String stream, String line, boolean truncated) {

    public LogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(line, "line");
    }
}
