package dev.plugbay.adapters.persistence.installation;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The owner (lower case, as usernames compare) and the plugin: one installation each. */
@Embeddable
record InstallationKey(@MappedProperty("owner_key") String ownerKey, @MappedProperty("plugin_id") String pluginId) {
}
