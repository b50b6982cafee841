package dev.plugbay.contracts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * What every implementation of the persistence ports must do. Subclasses provide fresh, empty
 * ports; the same tests then run against the in-memory fakes, H2 and PostgreSQL.
 */
public abstract class PersistenceContract {

    /** Whole microseconds, as every database stores timestamps. */
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC);

    protected PersistencePorts ports;

    /** Fresh ports over an empty store. */
    protected abstract PersistencePorts createPorts();

    @BeforeEach
    void openEmptyStore() {
        ports = createPorts();
    }

    protected static Manifest manifest(JsonObject document) {
        return Manifests.reader().read(document, ManifestOrigin.document()).manifest();
    }

    protected static Manifest manifest(String id, String version, String author) {
        return manifest(Manifests.uiPlugin(id, version).with("author", new JsonString(author)));
    }

    protected static Plugin newPlugin(String id, String version, String author) {
        return Plugin.create(manifest(id, version, author), false, 0, Set.of(), CLOCK);
    }

    protected Plugin stored(String id) {
        return ports.catalogReads().find(new PluginId(id)).orElseThrow();
    }

    protected static Installation installation(String owner, Plugin plugin) {
        return Installation.install(new Username(owner), plugin.id(), plugin.latestRelease(), CLOCK);
    }

    protected static Instant at(long minutes) {
        return CLOCK.instant().plus(minutes, ChronoUnit.MINUTES);
    }

    protected static void assertCode(ErrorCode expected, Executable call) {
        DomainException failure = assertThrows(DomainException.class, call);
        assertEquals(expected, failure.code(), failure.getMessage());
    }

    /** Runs {@code count} calls at once on 16 threads and returns how many succeeded. */
    protected static int succeededInParallel(int count, IntFunction<Boolean> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> call.apply(index));
            }
            int succeeded = 0;
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                succeeded += result.get() ? 1 : 0;
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }
}
