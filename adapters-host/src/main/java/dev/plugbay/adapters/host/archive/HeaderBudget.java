package dev.plugbay.adapters.host.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps what a tar reader may consume while it looks for the next entry: headers, pax records and GNU
 * long names. The library keeps pax records and long names in memory, as large as their headers
 * declare, so without a cap a small compressed archive could make it allocate gigabytes before any
 * byte is written. File content is read outside the budget: the staging writer counts it.
 */
final class HeaderBudget extends FilterInputStream {

    private static final long UNLIMITED = Long.MAX_VALUE;

    private long remaining = UNLIMITED;
    private boolean exceeded;

    HeaderBudget(InputStream in) {
        super(in);
    }

    void limitTo(long bytes) {
        remaining = bytes;
    }

    void lift() {
        remaining = UNLIMITED;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        requireBudget();
        int read = super.read();
        if (read >= 0) {
            consumed(1);
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        requireBudget();
        int read = super.read(buffer, offset, (int) Math.min(length, remaining));
        if (read > 0) {
            consumed(read);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        if (count <= 0) {
            return 0;
        }
        requireBudget();
        long skipped = super.skip(Math.min(count, remaining));
        consumed(skipped);
        return skipped;
    }

    private void requireBudget() throws IOException {
        if (remaining <= 0) {
            exceeded = true;
            throw new IOException("tar header budget exceeded");
        }
    }

    private void consumed(long bytes) {
        if (remaining != UNLIMITED) {
            remaining -= bytes;
        }
    }
}
