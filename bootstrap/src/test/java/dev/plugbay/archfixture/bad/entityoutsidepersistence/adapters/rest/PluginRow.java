package dev.plugbay.archfixture.bad.entityoutsidepersistence.adapters.rest;

@io.micronaut.data.annotation.MappedEntity
public record PluginRow(@io.micronaut.data.annotation.Id String id) {
}
