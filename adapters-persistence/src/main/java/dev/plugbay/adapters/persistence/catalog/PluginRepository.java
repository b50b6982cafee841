package dev.plugbay.adapters.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plugin rows. Generated SQL uses the PostgreSQL dialect, which H2 in PostgreSQL mode runs as
 * is; the contract tests run every method on both databases.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PluginRepository extends GenericRepository<PluginRow, String> {

    Optional<PluginRow> findById(String id);

    List<PluginRow> findByIdIn(Collection<String> ids);

    List<PluginRow> findByOfficialOrderById(boolean official);

    boolean existsByIdIsNotNull();

    PluginRow save(PluginRow row);

    @Query("""
            UPDATE plugin SET official = :official, updated_at = :updatedAt, revision = revision + 1,
                   listed_version = :listedVersion, name = :name, name_key = :nameKey, slot = :slot,
                   listed_public = :listedPublic, listed_ui = :listedUi
             WHERE id = :id AND revision = :revision""")
    int updateAtRevision(String id, long revision, boolean official, Instant updatedAt, String listedVersion,
            String name, String nameKey, @Nullable String slot, boolean listedPublic, boolean listedUi);

    /** Atomic in SQL: concurrent increments never overwrite each other. */
    @Query("UPDATE plugin SET download_count = download_count + 1 WHERE id = :id")
    int incrementDownloads(String id);

    int deleteById(String id);
}
