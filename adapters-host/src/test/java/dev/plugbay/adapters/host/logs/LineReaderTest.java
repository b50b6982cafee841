package dev.plugbay.adapters.host.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private record Line(String text, boolean overflowed) {
    }

    @Test
    void splitsOnNewlinesDropsACarriageReturnBeforeThemAndKeepsALastLineWithoutOne() throws IOException {
        assertEquals(List.of(new Line("one", false), new Line("two", false), new Line("", false), new Line("three\rx", false),
                        new Line("last", false)),
                read(16, "one\ntwo\r\n\nthree\rx\nlast"));
    }

    @Test
    void nothingAtAllIsNoLine() throws IOException {
        assertEquals(List.of(), read(16, ""));
    }

    @Test
    void aLineOverTheCapKeepsItsFirstBytesAndTheNextLineIsWhole() throws IOException {
        assertEquals(List.of(new Line("abcde", true), new Line("next", false), new Line("exact", false)),
                read(5, "abcdefghij\nnext\nexact\n"));
    }

    @Test
    void aLineLongerThanOneReadIsJoinedAcrossReads() throws IOException {
        String line = "z".repeat(100_000);

        assertEquals(List.of(new Line(line, false)), read(200_000, line + "\n"));
    }

    @Test
    void oneHundredMegabytesWithoutANewlineAreReadWithoutHoldingThem() throws IOException {
        InputStream flood = new Flood(100L * 1024 * 1024);
        List<Line> lines = new ArrayList<>();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        new LineReader(16_000).drain(flood, (bytes, length, overflowed) -> lines.add(new Line(new String(bytes, 0, length,
                StandardCharsets.UTF_8), overflowed)));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(2, lines.size());
        assertEquals(new Line("x".repeat(16_000), true), lines.get(0));
        assertEquals(new Line("tail", false), lines.get(1));
        assertTrue(allocated < 2 * 1024 * 1024, () -> allocated + " bytes allocated");
    }

    private static List<Line> read(int cap, String text) throws IOException {
        List<Line> lines = new ArrayList<>();
        new LineReader(cap).drain(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                (bytes, length, overflowed) -> lines.add(new Line(new String(bytes, 0, length, StandardCharsets.UTF_8), overflowed)));
        return lines;
    }

    /** {@code size} bytes of 'x', then "\ntail", produced without allocating. */
    private static final class Flood extends InputStream {
        private static final byte[] TAIL = "\ntail".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        Flood(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in blocks");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long total = size + TAIL.length;
            if (position >= total) {
                return -1;
            }
            int count = (int) Math.min(length, total - position);
            for (int i = 0; i < count; i++) {
                long at = position + i;
                buffer[offset + i] = at < size ? (byte) 'x' : TAIL[(int) (at - size)];
            }
            position += count;
            return count;
        }
    }
}
