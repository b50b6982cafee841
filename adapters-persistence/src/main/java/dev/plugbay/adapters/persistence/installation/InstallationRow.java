package dev.plugbay.adapters.persistence.installation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One user's installation: lifecycle state (with the error message of a failed one) and config as JSON text. */
@MappedEntity("installation")
record InstallationRow(
        @EmbeddedId InstallationKey key,
        String owner,
        String installedVersion,
        String state,
        @Nullable String errorMessage,
        String config,
        Instant installedAt,
        Instant updatedAt) {
}
