package dev.plugbay.adapters.persistence.catalog;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** A release's identity: the plugin and the version without build metadata. */
@Embeddable
record ReleaseKey(@MappedProperty("plugin_id") String pluginId, @MappedProperty("version") String version) {
}
