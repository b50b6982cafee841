package dev.plugbay.adapters.rest.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.application.port.in.registry.SyncRun;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/**
 * {@code GET /api/v1/admin/registry/sync}: {@code {lastSync: null}} before the first sync, else
 * {@code {lastSync: {startedAt, finishedAt, succeeded, report, failure}}} with exactly one of
 * {@code report} (what it changed) and {@code failure} ({@code {error, message}}) set.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SyncRunView(@Nullable Run lastSync) {

    static SyncRunView of(Optional<SyncRun> run) {
        return new SyncRunView(run.map(Run::of).orElse(null));
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Run(String startedAt, String finishedAt, boolean succeeded, @Nullable SyncReportView report,
            @Nullable Failure failure) {

        static Run of(SyncRun run) {
            return new Run(run.startedAt().toString(), run.finishedAt().toString(), run.report().isPresent(),
                    run.report().map(SyncReportView::of).orElse(null),
                    run.failure().map(failure -> new Failure(failure.error(), failure.message())).orElse(null));
        }
    }

    @Serdeable
    record Failure(String error, String message) {
    }
}
