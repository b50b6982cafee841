package dev.plugbay.archfixture.good.adapters.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity
public record PluginRow(@Id String id) {
}
