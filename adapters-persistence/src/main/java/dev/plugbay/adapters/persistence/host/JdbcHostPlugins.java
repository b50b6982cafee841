package dev.plugbay.adapters.persistence.host;

import dev.plugbay.adapters.persistence.lenient.LenientReadLog;
import dev.plugbay.adapters.persistence.transaction.SqlFailures;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.error.AlreadyInstalledException;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.PluginSource;
import dev.plugbay.domain.installation.LifecycleState;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.WireNamed;
import dev.plugbay.domain.manifest.StoredManifest;
import dev.plugbay.domain.manifest.StoredManifests;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * This host's plugins in the database, one row per host id and name (the primary key): every read and
 * write names this instance's {@link HostId}, so instances sharing a database each see their own. A
 * row that current rules can no longer read is left out and reported once, as the other lenient
 * reads are.
 */
@Singleton
public class JdbcHostPlugins implements HostPlugins {

    /** PostgreSQL cannot store NUL in text; an error message (a plugin's own words) gets U+FFFD instead, on both databases. */
    private static final char NUL = '\0';
    private static final char REPLACEMENT = '\uFFFD';

    private final HostPluginRepository rows;
    private final LenientReadLog lenientReads;
    private final Transactions transactions;
    private final String host;

    JdbcHostPlugins(HostPluginRepository rows, LenientReadLog lenientReads, Transactions transactions, HostId host) {
        this.rows = rows;
        this.host = host.value();
        this.lenientReads = lenientReads;
        this.transactions = transactions;
    }

    @Override
    public Optional<HostPlugin> find(PluginId name) {
        return rows.find(host, name.value()).flatMap(this::pluginOf);
    }

    @Override
    public List<HostPlugin> all() {
        return rows.listByName(host).stream().flatMap(row -> pluginOf(row).stream()).toList();
    }

    @Override
    public void insert(HostPlugin plugin) {
        try {
            transactions.write(() -> rows.save(rowOf(plugin)));
        } catch (DataAccessException failure) {
            if (SqlFailures.isUniqueViolation(failure)) {
                throw new AlreadyInstalledException("Plugin '" + plugin.name() + "' is already installed");
            }
            throw failure;
        }
    }

    @Override
    public void update(HostPlugin plugin) {
        HostPluginRow row = rowOf(plugin);
        int updated = transactions.write(() -> rows.updateRow(host, row.name(), row.id(), row.version(), row.manifest(),
                row.source(), row.state(), row.errorMessage(), row.config(), row.integrity(), row.installedAt(),
                row.updatedAt(), row.activatedAt()));
        if (updated == 0) {
            throw new PluginNotFoundException("Plugin '" + plugin.name() + "' is not installed");
        }
    }

    @Override
    public boolean delete(PluginId name) {
        return transactions.write(() -> rows.delete(host, name.value())) > 0;
    }

    private HostPluginRow rowOf(HostPlugin plugin) {
        return new HostPluginRow(host, plugin.name().value(), plugin.id().toString(), plugin.version().toString(),
                StoredManifests.toText(plugin.manifest()), plugin.source().wireName(), plugin.state().name(),
                plugin.errorMessage().map(message -> message.replace(NUL, REPLACEMENT)).orElse(null),
                plugin.config().toJson().toJson(), plugin.integrity().map(Integrity::toString).orElse(null),
                plugin.installedAt(), plugin.updatedAt(), plugin.activatedAt().orElse(null));
    }

    private Optional<HostPlugin> pluginOf(HostPluginRow row) {
        try {
            if (!(StoredManifests.read(row.manifest()) instanceof StoredManifest.Readable readable)) {
                throw new IllegalArgumentException("its manifest cannot be read");
            }
            if (!(JsonReader.parse(row.config()) instanceof JsonObject config)) {
                throw new IllegalArgumentException("its config is not a JSON object");
            }
            PluginSource source = WireNamed.fromWireName(PluginSource.class, row.source())
                    .orElseThrow(() -> new IllegalArgumentException("unknown source " + row.source()));
            return Optional.of(new HostPlugin(UUID.fromString(row.id()), readable.manifest(), source,
                    LifecycleState.fromName(row.state(), row.errorMessage()), ConfigValues.fromJson(config),
                    Optional.ofNullable(row.integrity()).map(Integrity::parse), row.installedAt(), row.updatedAt(),
                    Optional.ofNullable(row.activatedAt())));
        } catch (DomainException | IllegalArgumentException broken) {
            lenientReads.report("host plugin " + row.name(), "is left out: " + broken.getMessage());
            return Optional.empty();
        }
    }
}
