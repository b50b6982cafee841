package dev.plugbay.application.service.registry;

import dev.plugbay.application.service.registry.RecordingRegistrySync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.application.port.in.registry.SyncRun;
import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingRegistrySyncTest {

    private final Marketplace market = new Marketplace();
    private final RecordingRegistrySync recording = new RecordingRegistrySync(() -> {
        market.clock.advance(Duration.ofSeconds(3));
        return market.sync.sync();
    }, market.clock);

    @Test
    void nothingIsRecordedBeforeTheFirstSync() {
        assertTrue(recording.lastSync().isEmpty());
    }

    @Test
    void aSucceededSyncIsRecordedWithItsReportAndTimes() {
        market.registry.list("listed_card", JsonObject.EMPTY,
                Manifests.uiPlugin("listed_card", "1.0.0").with("author", new JsonString("registry-bot")));
        Instant start = market.clock.instant();

        SyncReport report = recording.sync();

        SyncRun run = recording.lastSync().orElseThrow();
        assertEquals(report, run.report().orElseThrow());
        assertEquals(1, report.added());
        assertEquals(start, run.startedAt());
        assertEquals(start.plusSeconds(3), run.finishedAt());
        assertTrue(run.failure().isEmpty());
    }

    @Test
    void aFailedSyncIsRecordedWithItsCodeAndMessageAndStillFails() {
        market.registry.setUnavailable(true);

        UpstreamUnavailableException failure = assertThrows(UpstreamUnavailableException.class, recording::sync);

        SyncRun.Failure recorded = recording.lastSync().orElseThrow().failure().orElseThrow();
        assertEquals("UPSTREAM_UNAVAILABLE", recorded.error());
        assertEquals(failure.getMessage(), recorded.message());
    }

    @Test
    void aFailureAfterASuccessReplacesIt() {
        recording.sync();
        market.registry.unconfigure();

        assertThrows(RuntimeException.class, recording::sync);

        assertEquals("INVALID_REQUEST", recording.lastSync().orElseThrow().failure().orElseThrow().error());
    }
}
