package dev.plugbay.adapters.host.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.contracts.host.PluginLogsContract;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemoryPluginLogsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-03T10:00:00.000Z"), ZoneOffset.UTC);
    private static final PluginId PLUGIN = new PluginId("chatty");

    private final MemoryPluginLogs logs = new MemoryPluginLogs(10, CLOCK);

    @Test
    void aLineIsCutAtFourThousandCharactersCountingCodePoints() {
        record("😀".repeat(4000));
        record("é".repeat(4001));
        record("a".repeat(3999) + "😀");

        assertEquals(List.of(entry("😀".repeat(4000), false), entry("é".repeat(4000), true), entry("a".repeat(3999) + "😀", false)),
                logs.last(PLUGIN, 10));
    }

    @Test
    void aLineTheReaderCutIsTruncatedEvenWhenShort() {
        byte[] bytes = "partial".getBytes(StandardCharsets.UTF_8);

        logs.record(PLUGIN, MemoryPluginLogs.STDERR, bytes, bytes.length, true);

        assertEquals(List.of(entry("partial", true)), logs.last(PLUGIN, 1));
    }

    @Test
    void bytesThatAreNotUtf8BecomeTheReplacementCharacter() {
        byte[] bytes = {'o', (byte) 0xC3, 'k', (byte) 0xFF, (byte) 0xF0, (byte) 0x9F};

        logs.record(PLUGIN, MemoryPluginLogs.STDERR, bytes, bytes.length, false);

        assertEquals("o\uFFFDk\uFFFD\uFFFD", logs.last(PLUGIN, 1).get(0).line());
    }

    private void record(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        logs.record(PLUGIN, MemoryPluginLogs.STDERR, bytes, bytes.length, false);
    }

    private static LogEntry entry(String line, boolean truncated) {
        return new LogEntry(CLOCK.instant(), "stderr", line, truncated);
    }

    @Nested
    class PluginLogsPort extends PluginLogsContract {

        @Override
        protected PluginLogs logs(int capacity) {
            return new MemoryPluginLogs(capacity, CLOCK);
        }
    }
}
