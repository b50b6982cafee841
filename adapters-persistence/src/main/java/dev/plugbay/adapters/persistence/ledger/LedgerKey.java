package dev.plugbay.adapters.persistence.ledger;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** A plugin id and a version without build metadata. */
@Embeddable
record LedgerKey(@MappedProperty("plugin_id") String pluginId, @MappedProperty("version") String version) {
}
