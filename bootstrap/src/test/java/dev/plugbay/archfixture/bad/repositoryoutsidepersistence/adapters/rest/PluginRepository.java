package dev.plugbay.archfixture.bad.repositoryoutsidepersistence.adapters.rest;

@io.micronaut.data.jdbc.annotation.JdbcRepository(dialect = io.micronaut.data.model.query.builder.sql.Dialect.POSTGRES)
public interface PluginRepository {
}
