package dev.plugbay.contracts.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.persistence.PersistenceContract;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import org.junit.jupiter.api.Test;

/** The contract of {@code UnitOfWork}: all of a use case's writes, or none. */
public abstract class UnitOfWorkContract extends PersistenceContract {

    @Test
    void workThatReturnsKeepsEveryWrite() {
        String result = ports.unitOfWork().transactionally(() -> {
            Plugin plugin = newPlugin("clock", "1.0.0", "alice");
            ports.catalogWrites().insert(plugin);
            ports.ledger().record(plugin.id(), plugin.latestVersion());
            ports.installations().insert(installation("bob", plugin));
            return "done";
        });

        assertEquals("done", result);
        assertTrue(ports.installations().find(new Username("bob"), new PluginId("clock")).isPresent());
    }

    @Test
    void workThatThrowsLeavesNoPartialRows() {
        IllegalStateException failure = new IllegalStateException("halfway");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                ports.unitOfWork().transactionally(() -> {
                    Plugin plugin = newPlugin("clock", "1.0.0", "alice");
                    ports.catalogWrites().insert(plugin);
                    ports.ledger().record(plugin.id(), plugin.latestVersion());
                    ports.installations().insert(installation("bob", plugin));
                    ports.downloads().increment(plugin.id());
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertTrue(ports.catalogReads().find(new PluginId("clock")).isEmpty());
        assertTrue(ports.ledger().everPublished(new PluginId("clock")).isEmpty());
        assertTrue(ports.installations().find(new Username("bob"), new PluginId("clock")).isEmpty());
    }

    @Test
    void aReadOnlyUnitSeesWhatWasWrittenAndReturnsItsResult() {
        Plugin plugin = newPlugin("clock", "1.0.0", "alice");
        ports.catalogWrites().insert(plugin);
        ports.installations().insert(installation("bob", plugin));

        String read = ports.unitOfWork().readOnly(() -> ports.catalogReads().find(new PluginId("clock")).orElseThrow().id().value()
                + " installed " + ports.installations().listByOwner(new Username("bob")).size());

        assertEquals("clock installed 1", read);
    }

    @Test
    void aNestedUnitJoinsTheOuterOne() {
        assertThrows(IllegalStateException.class, () -> ports.unitOfWork().transactionally(() -> {
            ports.unitOfWork().transactionally(() -> {
                ports.ledger().record(new PluginId("clock"), SemanticVersion.parse("1.0.0"));
                return null;
            });
            throw new IllegalStateException("outer fails after the inner returned");
        }));

        assertTrue(ports.ledger().everPublished(new PluginId("clock")).isEmpty());
    }
}
