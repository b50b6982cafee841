package dev.plugbay.adapters.host.logs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ending in {@code \n} (a {@code \r} before it is dropped) while
 * holding at most {@code maxLineBytes} of one line: the bytes of a longer line past the cap are
 * read and discarded up to the next newline, so 100 MB without a newline costs no more memory than
 * a short line. The stream is always read to its end, which keeps a child from blocking on a full pipe.
 */
public final class LineReader {

    /** Receives each line; the array is reused after the call returns. */
    @FunctionalInterface
    public interface Sink {
        void line(byte[] bytes, int length, boolean overflowed);
    }

    private static final int CHUNK = 8192;
    /** A buffer grown for a long line is given back once that line is delivered. */
    private static final int KEPT_CAPACITY = 64 * 1024;

    private final int maxLineBytes;
    private byte[] line;
    private int length;
    private boolean overflowed;

    public LineReader(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("a line holds at least one byte");
        }
        this.maxLineBytes = maxLineBytes;
        this.line = new byte[Math.min(maxLineBytes, CHUNK)];
    }

    /** Reads {@code in} to its end, handing every line to {@code sink}; a last line without newline counts too. */
    public void drain(InputStream in, Sink sink) throws IOException {
        byte[] chunk = new byte[CHUNK];
        int read;
        while ((read = in.read(chunk)) != -1) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (chunk[i] == '\n') {
                    append(chunk, start, i - start);
                    deliver(sink);
                    start = i + 1;
                }
            }
            append(chunk, start, read - start);
        }
        if (length > 0 || overflowed) {
            deliver(sink);
        }
    }

    private void append(byte[] bytes, int offset, int count) {
        if (overflowed || count == 0) {
            return;
        }
        int kept = Math.min(count, maxLineBytes - length);
        if (length + kept > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, length + kept)));
        }
        System.arraycopy(bytes, offset, line, length, kept);
        length += kept;
        overflowed = kept < count;
    }

    private void deliver(Sink sink) {
        int end = !overflowed && length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        sink.line(line, end, overflowed);
        length = 0;
        overflowed = false;
        if (line.length > KEPT_CAPACITY) {
            line = new byte[CHUNK];
        }
    }
}
