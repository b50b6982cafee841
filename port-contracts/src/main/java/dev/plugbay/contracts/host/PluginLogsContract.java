package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract of {@code PluginLogs}: each plugin's last lines, oldest first, within a fixed number per plugin. */
public abstract class PluginLogsContract {

    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-03T10:00:00.123Z"), ZoneOffset.UTC);
    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final PluginId BANNER = new PluginId("welcome-banner");

    /** Empty logs keeping {@code capacity} lines per plugin, stamped by {@link #CLOCK}. */
    protected abstract PluginLogs logs(int capacity);

    @Test
    void hostEventsAreKeptInOrderWithTheirStreamAndTime() {
        PluginLogs logs = logs(10);

        logs.host(LOGGER, "started with pid 42");
        logs.host(LOGGER, "ready, offering onRequest");

        assertEquals(List.of(new LogEntry(CLOCK.instant(), "host", "started with pid 42", false),
                new LogEntry(CLOCK.instant(), "host", "ready, offering onRequest", false)), logs.last(LOGGER, 10));
    }

    @Test
    void theLastLimitEntriesComeOldestFirst() {
        PluginLogs logs = logs(10);
        IntStream.range(0, 5).forEach(i -> logs.host(LOGGER, "line " + i));

        assertEquals(List.of("line 3", "line 4"), lines(logs.last(LOGGER, 2)));
        assertEquals(5, logs.last(LOGGER, 100).size());
    }

    @Test
    void onlyTheCapacityIsKeptTheOldestGoFirst() {
        PluginLogs logs = logs(3);
        IntStream.range(0, 7).forEach(i -> logs.host(LOGGER, "line " + i));

        assertEquals(List.of("line 4", "line 5", "line 6"), lines(logs.last(LOGGER, 10)));
    }

    @Test
    void pluginsHaveTheirOwnLinesAndClearingOneKeepsTheOther() {
        PluginLogs logs = logs(10);
        logs.host(LOGGER, "logger line");
        logs.host(BANNER, "banner line");

        logs.clear(LOGGER);

        assertTrue(logs.last(LOGGER, 10).isEmpty());
        assertEquals(List.of("banner line"), lines(logs.last(BANNER, 10)));
    }

    @Test
    void aPluginWithoutLinesHasNone() {
        assertFalse(logs(10).last(LOGGER, 10).iterator().hasNext());
    }

    private static List<String> lines(List<LogEntry> entries) {
        return entries.stream().map(LogEntry::line).toList();
    }
}
