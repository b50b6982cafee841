package dev.plugbay.application.port.in.registry;

import java.util.List;

/** What one registry sync changed in the catalog, and the entries it refused with the reason. */
public record SyncReport(int added, int updated, int removed, List<Skipped> skipped) {

    public SyncReport {
        skipped = List.copyOf(skipped);
    }

    public record Skipped(String id, String error) {
    }
}
