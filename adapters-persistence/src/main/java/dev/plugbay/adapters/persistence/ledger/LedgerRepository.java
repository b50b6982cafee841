package dev.plugbay.adapters.persistence.ledger;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The release ledger's rows, which nothing ever deletes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LedgerRepository extends GenericRepository<LedgerEntryRow, LedgerKey> {

    List<LedgerEntryRow> findByKeyPluginId(String pluginId);

    LedgerEntryRow save(LedgerEntryRow row);
}
