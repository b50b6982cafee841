package dev.plugbay.adapters.persistence.host;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One host plugin of the host {@code hostId}: its manifest and config as JSON text, its state with the error message of {@code error}. */
@MappedEntity("host_plugin")
record HostPluginRow(
        String hostId,
        @Id String name,
        String id,
        String version,
        String manifest,
        String source,
        String state,
        @Nullable String errorMessage,
        String config,
        @Nullable String integrity,
        Instant installedAt,
        Instant updatedAt,
        @Nullable Instant activatedAt) {
}
