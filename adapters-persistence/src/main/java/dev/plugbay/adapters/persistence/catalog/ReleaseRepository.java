package dev.plugbay.adapters.persistence.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Release rows; they go when their plugin goes (ON DELETE CASCADE). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReleaseRepository extends GenericRepository<ReleaseRow, ReleaseKey> {

    List<ReleaseRow> findByKeyPluginIdIn(Collection<String> pluginIds);

    List<ReleaseRow> saveAll(Iterable<ReleaseRow> rows);
}
