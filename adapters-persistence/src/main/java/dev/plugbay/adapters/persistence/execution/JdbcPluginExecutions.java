package dev.plugbay.adapters.persistence.execution;

import dev.plugbay.adapters.persistence.host.HostId;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * This host's executions and counters in the database (every row carries its {@link HostId}, and
 * every statement names it), hand-written SQL run by {@link Transactions} so that a batch is one
 * transaction: its executions inserted as one JDBC batch, each plugin and hook's counters added to
 * in one statement, then each plugin of the batch trimmed to its newest rows. The counters row is
 * created with {@code ON CONFLICT DO NOTHING} first, so that two writers of one host's counters
 * never lose an increment to a race.
 */
@Singleton
public class JdbcPluginExecutions implements PluginExecutions {

    /** PostgreSQL cannot store NUL in text; a plugin's error text gets U+FFFD instead, on both databases. */
    private static final char NUL = '\0';
    private static final char REPLACEMENT = '\uFFFD';

    private static final String INSERT = """
            INSERT INTO plugin_execution (host_id, plugin, hook, started_at, duration_ms, outcome, error) VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String CREATE_COUNTERS = """
            INSERT INTO plugin_hook_metrics (host_id, plugin, hook, calls, errors, timeouts, blocked, rate_limited, unavailable, last_called_at)
            VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, NULL) ON CONFLICT DO NOTHING""";
    private static final String ADD_COUNTERS = """
            UPDATE plugin_hook_metrics SET calls = calls + ?, errors = errors + ?, timeouts = timeouts + ?, blocked = blocked + ?,
                   rate_limited = rate_limited + ?, unavailable = unavailable + ?,
                   last_called_at = CASE WHEN last_called_at IS NULL OR last_called_at < ? THEN ? ELSE last_called_at END
             WHERE host_id = ? AND plugin = ? AND hook = ?""";
    private static final String TRIM = """
            DELETE FROM plugin_execution WHERE host_id = ? AND plugin = ? AND seq IN (
                SELECT seq FROM plugin_execution WHERE host_id = ? AND plugin = ? ORDER BY started_at DESC, seq DESC OFFSET ? ROWS)""";
    private static final String NEWEST = """
            SELECT hook, started_at, duration_ms, outcome, error FROM plugin_execution WHERE host_id = ? AND plugin = ?
             ORDER BY started_at DESC, seq DESC LIMIT ?""";
    private static final String COUNTERS = """
            SELECT hook, calls, errors, timeouts, blocked, rate_limited, unavailable, last_called_at
              FROM plugin_hook_metrics WHERE host_id = ? AND plugin = ?""";

    private final Transactions transactions;
    private final String host;

    JdbcPluginExecutions(Transactions transactions, HostId host) {
        this.transactions = transactions;
        this.host = host.value();
    }

    @Override
    public void append(List<Execution> batch, int keptPerPlugin) {
        if (batch.isEmpty()) {
            return;
        }
        Map<PluginId, Map<Hook, HookCounters>> counted = new LinkedHashMap<>();
        for (Execution execution : batch) {
            counted.computeIfAbsent(execution.plugin(), plugin -> new LinkedHashMap<>())
                    .merge(execution.hook(), HookCounters.none(execution.hook()).plus(execution), HookCounters::plus);
        }
        transactions.withConnection(connection -> {
            insertSent(connection, batch);
            for (Map.Entry<PluginId, Map<Hook, HookCounters>> plugin : counted.entrySet()) {
                for (HookCounters counters : plugin.getValue().values()) {
                    add(connection, plugin.getKey(), counters);
                }
            }
            trim(connection, counted.keySet(), keptPerPlugin);
            return null;
        });
    }

    private void insertSent(Connection connection, List<Execution> batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            boolean any = false;
            for (Execution execution : batch) {
                if (!execution.outcome().sent()) {
                    continue;
                }
                insert.setString(1, host);
                insert.setString(2, execution.plugin().value());
                insert.setString(3, execution.hook().wireName());
                insert.setObject(4, time(execution.startedAt()));
                insert.setLong(5, execution.durationMs());
                insert.setString(6, execution.outcome().wireName());
                if (execution.error() == null) {
                    insert.setNull(7, Types.VARCHAR);
                } else {
                    insert.setString(7, execution.error().replace(NUL, REPLACEMENT));
                }
                insert.addBatch();
                any = true;
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private void add(Connection connection, PluginId plugin, HookCounters counters) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(CREATE_COUNTERS)) {
            create.setString(1, host);
            create.setString(2, plugin.value());
            create.setString(3, counters.hook().wireName());
            create.executeUpdate();
        }
        try (PreparedStatement add = connection.prepareStatement(ADD_COUNTERS)) {
            add.setLong(1, counters.calls());
            add.setLong(2, counters.errors());
            add.setLong(3, counters.timeouts());
            add.setLong(4, counters.blocked());
            add.setLong(5, counters.rateLimited());
            add.setLong(6, counters.unavailable());
            OffsetDateTime last = time(counters.lastCalledAt().orElseThrow());
            add.setObject(7, last);
            add.setObject(8, last);
            add.setString(9, host);
            add.setString(10, plugin.value());
            add.setString(11, counters.hook().wireName());
            add.executeUpdate();
        }
    }

    private void trim(Connection connection, Set<PluginId> plugins, int keptPerPlugin) throws SQLException {
        try (PreparedStatement trim = connection.prepareStatement(TRIM)) {
            for (PluginId plugin : plugins) {
                trim.setString(1, host);
                trim.setString(2, plugin.value());
                trim.setString(3, host);
                trim.setString(4, plugin.value());
                trim.setInt(5, keptPerPlugin);
                trim.executeUpdate();
            }
        }
    }

    @Override
    public List<Execution> newest(PluginId plugin, int limit) {
        return transactions.reading((connection, afterCommit) -> {
            List<Execution> executions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(NEWEST)) {
                select.setString(1, host);
                select.setString(2, plugin.value());
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        executions.add(new Execution(plugin, hook(rows.getString(1)), instant(rows, 2), rows.getLong(3),
                                CallOutcome.fromWireName(rows.getString(4)).orElseThrow(), rows.getString(5)));
                    }
                }
            }
            return executions;
        });
    }

    @Override
    public List<HookCounters> counters(PluginId plugin) {
        return transactions.reading((connection, afterCommit) -> {
            List<HookCounters> counters = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(COUNTERS)) {
                select.setString(1, host);
                select.setString(2, plugin.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counters.add(new HookCounters(hook(rows.getString(1)), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                                rows.getLong(5), rows.getLong(6), rows.getLong(7),
                                Optional.ofNullable(rows.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant)));
                    }
                }
            }
            counters.sort(Comparator.comparing(row -> row.hook().wireName()));
            return counters;
        });
    }

    @Override
    public void delete(PluginId plugin) {
        transactions.withConnection(connection -> {
            for (String table : List.of("plugin_execution", "plugin_hook_metrics")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE host_id = ? AND plugin = ?")) {
                    delete.setString(1, host);
                    delete.setString(2, plugin.value());
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    private static Hook hook(String name) {
        return Hook.fromWireName(name).orElseThrow(() -> new IllegalStateException("unknown hook in plugin_execution: " + name));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
