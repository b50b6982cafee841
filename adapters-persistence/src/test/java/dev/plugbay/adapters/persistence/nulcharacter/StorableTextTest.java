package dev.plugbay.adapters.persistence.nulcharacter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.contracts.memory.InMemoryRegistry;
import dev.plugbay.contracts.persistence.PersistencePorts;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Username;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL cannot store a NUL character in text; H2 can. Both databases must accept and refuse
 * the same input: a NUL is refused before any SQL, with the same answer on both.
 */
abstract class StorableTextTest {

    private PersistencePorts ports;
    private AuthoringService authoring;

    protected abstract PersistenceAdapter adapter();

    @BeforeEach
    void emptyStore() {
        ports = adapter().emptyPorts();
        authoring = new AuthoringService(ports.catalogReads(), ports.catalogWrites(), ports.ledger(),
                ports.installations(), new InMemoryRegistry(), ports.unitOfWork(), Manifests.reader(), Clock.systemUTC());
    }

    @Test
    void aManifestWithANulIsAnInvalidManifestAndNothingIsStored() {
        DomainException refused = assertThrows(DomainException.class, () -> authoring.create(Caller.user("alice"),
                Manifests.uiPlugin("clock", "1.0.0").with("description", new JsonString("tick\u0000tock"))));

        assertEquals(ErrorCode.INVALID_MANIFEST, refused.code());
        assertEquals(List.of("/description"), refused.violations().stream().map(violation -> violation.location()).toList());
        assertTrue(ports.catalogReads().find(new PluginId("clock")).isEmpty());
        assertTrue(ports.ledger().everPublished(new PluginId("clock")).isEmpty());
    }

    @Test
    void aNulInAnActivationErrorIsStoredAsAReplacementCharacter() {
        Plugin plugin = authoring.create(Caller.user("alice"), Manifests.uiPlugin("clock", "1.0.0")).plugin();
        Installation failed = Installation.install(new Username("bob"), plugin.id(), plugin.latestRelease(),
                Clock.systemUTC()).failActivation("hook said \u0000boom", Clock.systemUTC());

        ports.installations().insert(failed);

        assertEquals("hook said \uFFFDboom",
                ports.installations().find(new Username("bob"), plugin.id()).orElseThrow().errorMessage().orElseThrow());
    }
}
