package dev.plugbay.application.port.out.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LogRingsTest {

    private static final PluginId PLUGIN = new PluginId("ring-plugin");

    @Test
    void aRingKeepsAtLeastOneLine() {
        assertThrows(IllegalArgumentException.class, () -> new LogRings(0));
    }

    @Test
    void parallelWritersLeaveExactlyTheCapacityAndEachWritersLinesInItsOrder() throws Exception {
        LogRings rings = new LogRings(100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                String name = "w" + writer;
                writers.add(pool.submit(() -> {
                    for (int line = 0; line < 1_000; line++) {
                        rings.add(PLUGIN, new LogEntry(Instant.EPOCH, "stdout", name + ":" + line, false));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<LogEntry> kept = rings.last(PLUGIN, 1_000);
        assertEquals(100, kept.size());
        for (int writer = 0; writer < 8; writer++) {
            String prefix = "w" + writer + ":";
            List<Integer> lines = kept.stream().map(LogEntry::line).filter(line -> line.startsWith(prefix))
                    .map(line -> Integer.parseInt(line.substring(prefix.length()))).toList();
            assertEquals(lines.stream().sorted().toList(), lines, "writer " + writer + "'s lines in order");
        }
    }
}
