package dev.plugbay.adapters.persistence.installation;

import dev.plugbay.adapters.persistence.catalog.search.JdbcCatalogRevision;
import dev.plugbay.adapters.persistence.lenient.LenientReadLog;
import dev.plugbay.adapters.persistence.transaction.SqlFailures;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.error.AlreadyInstalledException;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.installation.LifecycleState;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Installations in the database: one row per (owner in lower case, plugin), enforced by the primary
 * key. A row that rules added since it was written refuse is left out and reported once.
 */
@Singleton
public class JdbcInstallations implements Installations {

    /** PostgreSQL cannot store NUL in text; an error message (a plugin's own words) gets U+FFFD instead, on both databases. */
    private static final char NUL = '\0';
    private static final char REPLACEMENT = '\uFFFD';

    private final InstallationRepository rows;
    private final LenientReadLog lenientReads;
    private final Transactions transactions;
    private final JdbcCatalogRevision revision;

    JdbcInstallations(InstallationRepository rows, LenientReadLog lenientReads, Transactions transactions,
            JdbcCatalogRevision revision) {
        this.rows = rows;
        this.lenientReads = lenientReads;
        this.transactions = transactions;
        this.revision = revision;
    }

    @Override
    public Optional<Installation> find(Username owner, PluginId pluginId) {
        return rows.findById(keyOf(owner, pluginId)).flatMap(this::installationOf);
    }

    @Override
    public List<Installation> listByOwner(Username owner) {
        return rows.listByOwner(owner.canonical()).stream().flatMap(row -> installationOf(row).stream()).toList();
    }

    @Override
    public void insert(Installation installation) {
        try {
            transactions.write(() -> {
                InstallationRow saved = rows.save(rowOf(installation));
                revision.changed();
                return saved;
            });
        } catch (DataAccessException failure) {
            if (SqlFailures.isUniqueViolation(failure)) {
                throw new AlreadyInstalledException("Plugin " + installation.pluginId() + " is already installed");
            }
            if (SqlFailures.isForeignKeyViolation(failure)) {
                throw new PluginNotFoundException("Plugin " + installation.pluginId() + " was not found");
            }
            throw failure;
        }
    }

    @Override
    public void update(Installation installation) {
        InstallationRow row = rowOf(installation);
        int updated = transactions.write(() -> {
            revision.changed();
            return rows.updateState(row.key().ownerKey(), row.key().pluginId(), row.owner(),
                    row.installedVersion(), row.state(), row.errorMessage(), row.config(), row.updatedAt());
        });
        if (updated == 0) {
            throw new PluginNotFoundException("Plugin " + installation.pluginId() + " is not installed");
        }
    }

    @Override
    public boolean delete(Username owner, PluginId pluginId) {
        return transactions.write(() -> {
            boolean deleted = rows.deleteById(keyOf(owner, pluginId)) > 0;
            if (deleted) {
                revision.changed();
            }
            return deleted;
        });
    }

    @Override
    public void deleteAllOf(PluginId pluginId) {
        transactions.write(() -> {
            if (rows.deleteByPlugin(pluginId.value()) > 0) {
                revision.changed();
            }
            return null;
        });
    }

    private static InstallationKey keyOf(Username owner, PluginId pluginId) {
        return new InstallationKey(owner.canonical(), pluginId.value());
    }

    private static InstallationRow rowOf(Installation installation) {
        return new InstallationRow(keyOf(installation.owner(), installation.pluginId()), installation.owner().value(),
                installation.installedVersion().toString(), installation.state().name(),
                installation.errorMessage().map(message -> message.replace(NUL, REPLACEMENT)).orElse(null),
                installation.config().toJson().toJson(), installation.installedAt(), installation.updatedAt());
    }

    private Optional<Installation> installationOf(InstallationRow row) {
        try {
            if (!(JsonReader.parse(row.config()) instanceof JsonObject config)) {
                throw new IllegalArgumentException("its config is not a JSON object");
            }
            return Optional.of(new Installation(new Username(row.owner()), new PluginId(row.key().pluginId()),
                    SemanticVersion.parse(row.installedVersion()), LifecycleState.fromName(row.state(), row.errorMessage()),
                    ConfigValues.fromJson(config), row.installedAt(), row.updatedAt()));
        } catch (DomainException | IllegalArgumentException broken) {
            lenientReads.report("installation " + row.key().ownerKey() + " " + row.key().pluginId(),
                    "is left out: " + broken.getMessage());
            return Optional.empty();
        }
    }
}
