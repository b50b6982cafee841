package dev.plugbay.adapters.persistence.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.application.service.installation.InstallationService;
import dev.plugbay.contracts.memory.InMemoryRegistry;
import dev.plugbay.contracts.persistence.PersistencePorts;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use cases as bootstrap wires them, on this adapter, called in parallel: the database's
 * constraints, atomic counter and revision check must give exact outcomes.
 */
abstract class UseCaseConcurrencyTest {

    private static final PluginId CLOCK_PLUGIN = new PluginId("clock");
    private static final Caller AUTHOR = Caller.user("alice");

    private PersistencePorts ports;
    private InstallationService installations;
    private AuthoringService authoring;

    protected abstract PersistenceAdapter adapter();

    @BeforeEach
    void useCasesOnAnEmptyStore() {
        ports = adapter().emptyPorts();
        Clock clock = Clock.systemUTC();
        installations = new InstallationService(ports.catalogReads(), ports.installations(), ports.downloads(),
                ports.unitOfWork(), clock);
        authoring = new AuthoringService(ports.catalogReads(), ports.catalogWrites(), ports.ledger(),
                ports.installations(), new InMemoryRegistry(), ports.unitOfWork(), Manifests.reader(), clock);
        authoring.create(AUTHOR, Manifests.uiPlugin("clock", "1.0.0"));
    }

    @Test
    void twoHundredUsersInstallingAtOnceCountTwoHundredDownloads() throws Exception {
        Map<String, Integer> outcomes = inParallel(200, i ->
                installations.install(new InstallCommand(Caller.user("user" + i), CLOCK_PLUGIN, Optional.empty())));

        assertEquals(Map.of("ok", 200), outcomes);
        assertEquals(200, stored().downloadCount());
    }

    @Test
    void oneUserInstallingFiftyTimesAtOnceInstallsOnce() throws Exception {
        Map<String, Integer> outcomes = inParallel(50, i ->
                installations.install(new InstallCommand(Caller.user("bob"), CLOCK_PLUGIN, Optional.empty())));

        assertEquals(Map.of("ok", 1, ErrorCode.ALREADY_INSTALLED.name(), 49), outcomes);
        assertEquals(1, stored().downloadCount());
    }

    @Test
    void twentyParallelUpdatesToTheSameVersionHaveOneWinner() throws Exception {
        Map<String, Integer> outcomes = inParallel(20, i ->
                authoring.update(AUTHOR, CLOCK_PLUGIN, Manifests.uiPlugin("clock", "2.0.0")));

        assertEquals(Map.of("ok", 1, ErrorCode.VERSION_CONFLICT.name(), 19), outcomes);
        assertEquals(List.of("1.0.0", "2.0.0"), stored().releases().stream()
                .map(release -> release.version().toString()).toList());
    }

    private Plugin stored() {
        return ports.catalogReads().find(CLOCK_PLUGIN).orElseThrow();
    }

    /** Runs the calls at once on 16 threads; counts successes as "ok" and failures by error code. */
    private static Map<String, Integer> inParallel(int count, IntFunction<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> {
                    try {
                        call.apply(index);
                        return "ok";
                    } catch (DomainException refused) {
                        return refused.code().name();
                    }
                });
            }
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Future<String> outcome : pool.invokeAll(calls)) {
                outcomes.merge(outcome.get(), 1, Integer::sum);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
