package dev.plugbay.application.port.in.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One registry sync: when it started and finished, and either what it changed or why it failed
 * (the failure's error code and message; the catalog then kept its last good state).
 */
public record SyncRun(Instant startedAt, Instant finishedAt, Optional<SyncReport> report,
        Optional<Failure> failure) {

    public SyncRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (report.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a sync run has either a report or a failure");
        }
    }

    public static SyncRun succeeded(Instant startedAt, Instant finishedAt, SyncReport report) {
        return new SyncRun(startedAt, finishedAt, Optional.of(report), Optional.empty());
    }

    public static SyncRun failed(Instant startedAt, Instant finishedAt, Failure failure) {
        return new SyncRun(startedAt, finishedAt, Optional.empty(), Optional.of(failure));
    }

    /** The error code's name and its message, as the failure would have answered a caller. */
    public record Failure(String error, String message) {

        public Failure {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(message, "message");
        }
    }
}
