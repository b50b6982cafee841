package dev.plugbay.adapters.persistence.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.contracts.persistence.PersistencePorts;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.plugin.PluginId;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Parsed manifests are kept by release key, but only once the read that saw them has committed. */
class StoredReleasesTest {

    @RegisterExtension
    static final PersistenceAdapter ADAPTER = PersistenceAdapter.onH2();

    private static final PluginId ID = new PluginId("cached");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aCommittedReleaseIsReadAgainWithoutItsStoredText() {
        PersistencePorts ports = ADAPTER.emptyPorts();
        ports.catalogWrites().insert(plugin("Kept name"));
        ports.catalogReads().find(ID).orElseThrow();

        overwriteStoredName("Changed behind the adapter's back");

        assertEquals("Kept name", ports.catalogReads().find(ID).orElseThrow().current().name());
    }

    @Test
    void aReleaseReadInAUnitOfWorkThatRollsBackIsNotKept() {
        PersistencePorts ports = ADAPTER.emptyPorts();
        assertThrows(IllegalStateException.class, () -> ports.unitOfWork().transactionally(() -> {
            ports.catalogWrites().insert(plugin("Rolled back"));
            assertEquals("Rolled back", ports.catalogReads().find(ID).orElseThrow().current().name());
            throw new IllegalStateException("the use case fails after reading its own release");
        }));

        ports.catalogWrites().insert(plugin("Published again"));

        assertEquals("Published again", ports.catalogReads().find(ID).orElseThrow().current().name());
    }

    private static Plugin plugin(String name) {
        return Plugin.create(Manifests.reader().read(Manifests.uiPlugin(ID.value(), "1.0.0")
                .with("name", new JsonString(name)).with("author", new JsonString("alice")), ManifestOrigin.document())
                .manifest(), false, 0, Set.of(), CLOCK);
    }

    private static void overwriteStoredName(String name) {
        ADAPTER.context().getBean(Transactions.class).withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE plugin_release SET manifest = REPLACE(manifest, '\"Kept name\"', ?) WHERE plugin_id = ?")) {
                statement.setString(1, "\"" + name + "\"");
                statement.setString(2, ID.value());
                assertEquals(1, statement.executeUpdate());
            }
            return null;
        });
    }
}
