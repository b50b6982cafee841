package dev.plugbay.adapters.persistence.settings;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A named setting the service keeps across restarts. */
@MappedEntity("setting")
record SettingRow(@Id String name, String textValue) {
}
