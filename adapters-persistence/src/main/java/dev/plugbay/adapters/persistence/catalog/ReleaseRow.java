package dev.plugbay.adapters.persistence.catalog;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One published release: its manifest as canonical JSON text. */
@MappedEntity("plugin_release")
record ReleaseRow(@EmbeddedId ReleaseKey key, String manifest, Instant publishedAt) {
}
