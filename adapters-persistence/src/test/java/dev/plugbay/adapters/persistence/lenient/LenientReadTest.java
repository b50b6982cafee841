package dev.plugbay.adapters.persistence.lenient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.catalog.StoredReleases;
import dev.plugbay.adapters.persistence.support.LogCapture;
import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.application.service.installation.InstallationService;
import dev.plugbay.contracts.memory.InMemoryRegistry;
import dev.plugbay.contracts.persistence.PersistencePorts;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Username;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows written before a rule existed, put straight into the database: reading them never fails a
 * list or a detail. A value a current rule refuses is set aside, a row that cannot be read is left
 * out, and either is reported to the operator once, whatever the number of reads.
 */
abstract class LenientReadTest {

    /** Each test's own plugin id: the log reports a row once per process, and the class shares one. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Caller ALICE = Caller.user("alice");

    private PluginId id;
    private PersistencePorts ports;
    private AuthoringService authoring;
    private InstallationService installations;

    protected abstract PersistenceAdapter adapter();

    @BeforeEach
    void emptyStore() {
        id = new PluginId("poisoned" + SEQUENCE.incrementAndGet());
        ports = adapter().emptyPorts();
        authoring = new AuthoringService(ports.catalogReads(), ports.catalogWrites(), ports.ledger(),
                ports.installations(), new InMemoryRegistry(), ports.unitOfWork(), Manifests.reader(), Clock.systemUTC());
        installations = new InstallationService(ports.catalogReads(), ports.installations(), ports.downloads(),
                ports.unitOfWork(), Clock.systemUTC());
    }

    @Test
    void aStoredAvatarThatTheCurrentRuleRefusesIsLeftOutAndReportedOnce() {
        authoring.create(ALICE, Manifests.uiPlugin(id.value(), "1.0.0"));
        sql("UPDATE plugin_release SET manifest = REPLACE(manifest, '\"author\":\"alice\"', "
                + "'\"author\":\"alice\",\"authorAvatar\":\"javascript:alert(1)\"') WHERE plugin_id = ?");

        try (LogCapture log = LogCapture.of(LenientReadLog.class)) {
            for (int read = 0; read < 3; read++) {
                adapter().context().getBean(StoredReleases.class).forgetAll();
                Plugin plugin = ports.catalogReads().find(id).orElseThrow();
                assertEquals(Optional.empty(), plugin.current().authorAvatar());
                assertEquals(List.of(id), ids(ports.catalogReads().search(everything()).items()));
            }

            List<String> reports = log.mentioning("plugin_release " + id + " 1.0.0");
            assertEquals(1, reports.size(), log.messages()::toString);
            assertTrue(reports.get(0).contains("authorAvatar"), reports.get(0));
        }
    }

    @Test
    void suchAPluginCanStillBeInstalledUpdatedAndDeleted() {
        authoring.create(ALICE, Manifests.uiPlugin(id.value(), "1.0.0"));
        sql("UPDATE plugin_release SET manifest = REPLACE(manifest, '\"author\":\"alice\"', "
                + "'\"author\":\"alice\",\"authorAvatar\":\"http://insecure.example/a.png\"') WHERE plugin_id = ?");
        adapter().context().getBean(StoredReleases.class).forgetAll();

        installations.install(new InstallCommand(Caller.user("bob"), id, Optional.empty()));
        Plugin updated = authoring.update(ALICE, id, Manifests.uiPlugin(id.value(), "1.1.0")).plugin();
        assertEquals(Optional.empty(), updated.current().authorAvatar());
        assertEquals(1, installations.list(Caller.user("bob")).size());
        authoring.delete(Caller.admin("root"), id, false);

        assertTrue(ports.catalogReads().find(id).isEmpty());
    }

    @Test
    void aReleaseThatCannotBeReadIsLeftOutOfItsPlugin() {
        authoring.create(ALICE, Manifests.uiPlugin(id.value(), "1.0.0"));
        authoring.update(ALICE, id, Manifests.uiPlugin(id.value(), "2.0.0"));
        sql("UPDATE plugin_release SET manifest = 'not json' WHERE plugin_id = ? AND version = '2.0.0'");
        adapter().context().getBean(StoredReleases.class).forgetAll();

        try (LogCapture log = LogCapture.of(LenientReadLog.class)) {
            Plugin plugin = ports.catalogReads().find(id).orElseThrow();

            assertEquals("1.0.0", plugin.latestVersion().toString());
            assertEquals(1, log.mentioning("plugin_release " + id + " 2.0.0").size(), log.messages()::toString);
        }
    }

    @Test
    void aPluginWithNoReadableReleaseIsLeftOutOfEveryAnswerAndTheOthersStay() {
        authoring.create(ALICE, Manifests.uiPlugin(id.value(), "1.0.0"));
        authoring.create(ALICE, Manifests.uiPlugin("healthy", "1.0.0"));
        installations.install(new InstallCommand(Caller.user("bob"), id, Optional.empty()));
        installations.install(new InstallCommand(Caller.user("bob"), new PluginId("healthy"), Optional.empty()));
        sql("UPDATE plugin_release SET manifest = REPLACE(manifest, '\"id\":\"" + id + "\"', '\"id\":\"Poisoned!\"') WHERE plugin_id = ?");
        adapter().context().getBean(StoredReleases.class).forgetAll();

        try (LogCapture log = LogCapture.of(LenientReadLog.class)) {
            assertTrue(ports.catalogReads().find(id).isEmpty());
            assertEquals(List.of(new PluginId("healthy")), ids(ports.catalogReads().search(everything()).items()));
            assertEquals(List.of(new PluginId("healthy")),
                    installations.list(Caller.user("bob")).stream().map(installed -> installed.plugin().id()).toList());
            assertEquals(1, log.mentioning("plugin " + id + " ").size(), log.messages()::toString);
        }
    }

    @Test
    void anInstallationRowThatCannotBeReadIsLeftOutOfItsOwnersList() {
        authoring.create(ALICE, Manifests.uiPlugin(id.value(), "1.0.0"));
        installations.install(new InstallCommand(Caller.user("bob"), id, Optional.empty()));
        sql("UPDATE installation SET config = '[]' WHERE plugin_id = ?");

        try (LogCapture log = LogCapture.of(LenientReadLog.class)) {
            assertTrue(ports.installations().listByOwner(new Username("bob")).isEmpty());
            assertTrue(ports.installations().find(new Username("bob"), id).isEmpty());
            assertEquals(1, log.mentioning("installation bob " + id).size(), log.messages()::toString);
        }
    }

    private static CatalogQuery everything() {
        return new CatalogQuery(new Username("carol"), Optional.empty(), Optional.empty(), Optional.empty(),
                CatalogSort.DOWNLOADS, 1, CatalogQuery.MAX_SIZE);
    }

    private static List<PluginId> ids(List<Plugin> plugins) {
        return plugins.stream().map(Plugin::id).toList();
    }

    private void sql(String statementWithIdParameter) {
        adapter().context().getBean(Transactions.class).withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(statementWithIdParameter)) {
                statement.setString(1, id.value());
                assertEquals(1, statement.executeUpdate(), statementWithIdParameter);
            }
            return null;
        });
    }
}
