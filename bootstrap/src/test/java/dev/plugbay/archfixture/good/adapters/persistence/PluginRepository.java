package dev.plugbay.archfixture.good.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PluginRepository {
    Iterable<PluginRow> findAll();
}
