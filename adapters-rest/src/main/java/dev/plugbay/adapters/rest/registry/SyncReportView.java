package dev.plugbay.adapters.rest.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.application.port.in.registry.SyncReport;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code {added, updated, removed, skipped: [{id, error}]}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SyncReportView(int added, int updated, int removed, List<Skipped> skipped) {

    static SyncReportView of(SyncReport report) {
        return new SyncReportView(report.added(), report.updated(), report.removed(),
                report.skipped().stream().map(skipped -> new Skipped(skipped.id(), skipped.error())).toList());
    }

    @Serdeable
    record Skipped(String id, String error) {
    }
}
