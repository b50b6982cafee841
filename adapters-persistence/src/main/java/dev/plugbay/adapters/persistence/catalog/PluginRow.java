package dev.plugbay.adapters.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A plugin's row: who owns it, its counters and revision, and its listed face (the latest
 * release's name, slot, visibility and whether it has a ui) so that catalog queries filter and sort on columns.
 */
@MappedEntity("plugin")
record PluginRow(
        @Id String id,
        String author,
        String authorKey,
        boolean official,
        long downloadCount,
        Instant createdAt,
        Instant updatedAt,
        long revision,
        String listedVersion,
        String name,
        String nameKey,
        @Nullable String slot,
        boolean listedPublic,
        boolean listedUi) {
}
