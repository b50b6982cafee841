package dev.plugbay.application.port.out.catalog;

/** Whether the example catalog may still be offered: the catalog is empty, and no start ever claimed it before. */
public interface ExampleCatalogClaim {

    /** Whether the catalog holds no plugin at all, whoever may see it. */
    boolean catalogIsEmpty();

    /**
     * Records that the example catalog was offered. Answers true only to the first caller ever
     * (per database, however many instances start at once), so examples are never loaded twice
     * nor brought back after an admin deleted them.
     */
    boolean claimExampleCatalog();
}
