package dev.plugbay.adapters.persistence.lenient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator about a stored row that was read leniently (a value set aside, or the row
 * left out): once per row for the life of the process, not once per request that reads it, since
 * every list may read the same row. The callers see nothing of it.
 */
@Singleton
public class LenientReadLog {

    private static final Logger LOG = LoggerFactory.getLogger(LenientReadLog.class);
    /** Rows already reported; beyond this many, the oldest may be reported again. */
    private static final int REMEMBERED_ROWS = 10_000;

    private final Cache<String, Boolean> reported = Caffeine.newBuilder().maximumSize(REMEMBERED_ROWS).build();

    /**
     * @param row     which row, as an operator would look it up ({@code plugin_release clock 1.0.0})
     * @param finding what was done with it and why
     */
    public void report(String row, String finding) {
        if (reported.asMap().putIfAbsent(row, Boolean.TRUE) == null) {
            LOG.warn("Stored row {} {}", row, finding);
        }
    }
}
