package dev.plugbay.adapters.persistence.host;

import dev.plugbay.adapters.persistence.transaction.Transactions;
import io.micronaut.context.annotation.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes this host's rows ready when the adapter starts, in one transaction: it claims the host rows
 * stored before host ids (V11 marks them {@value #UNCLAIMED}) and creates this host's settings row
 * when it has none. The unclaimed {@code host_settings} row (V8 always created one) is claimed first:
 * an instance starting at the same time waits for that row and, once this transaction commits, finds
 * no row left unclaimed, so one instance adopts all of them.
 */
@Context
public class HostRowsClaim {

    /** What V11 writes into the rows stored before it; no host id can be this (parentheses). */
    static final String UNCLAIMED = "(unclaimed)";

    private static final Logger LOG = LoggerFactory.getLogger(HostRowsClaim.class);
    /** host_settings first: its one unclaimed row is what a concurrent claim waits for. */
    private static final List<String> TABLES = List.of("host_settings", "host_plugin", "plugin_execution", "plugin_hook_metrics");
    private static final String CREATE_SETTINGS = """
            INSERT INTO host_settings (host_id, plugin_marketplace_url) VALUES (?, NULL) ON CONFLICT DO NOTHING""";

    HostRowsClaim(HostId host, Transactions transactions) {
        int claimed = transactions.withConnection(connection -> {
            int rows = 0;
            for (String table : TABLES) {
                try (PreparedStatement claim = connection.prepareStatement(
                        "UPDATE " + table + " SET host_id = ? WHERE host_id = '" + UNCLAIMED + "'")) {
                    claim.setString(1, host.value());
                    rows += claim.executeUpdate();
                }
            }
            createSettings(connection, host);
            return rows;
        });
        if (claimed > 0) {
            LOG.info("Host {} adopted the {} host rows stored before host ids (host plugins, settings, executions, metrics)",
                    host.value(), claimed);
        }
    }

    private static void createSettings(Connection connection, HostId host) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(CREATE_SETTINGS)) {
            create.setString(1, host.value());
            create.executeUpdate();
        }
    }
}
