package dev.plugbay.application.port.out.catalog;

import java.util.OptionalLong;

/**
 * The catalog's revision: a number that advances once every change to what a browse can return
 * has committed (a plugin, its releases or download count, anyone's installations), whichever
 * instance sharing the store made it. Equal revisions and equal queries give equal pages, so a
 * page may be kept by (query, revision) and served until the revision moves on.
 */
public interface CatalogRevision {

    /** The revision now: read after a change has committed, it is past every revision read before it. */
    long current();

    /**
     * The revision now when this process holds it in memory, so that knowing it waits on nothing;
     * empty when only the store can tell (another instance may have changed the catalog).
     */
    OptionalLong currentInMemory();
}
