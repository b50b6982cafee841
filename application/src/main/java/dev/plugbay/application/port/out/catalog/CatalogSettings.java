package dev.plugbay.application.port.out.catalog;

/** What the catalog remembers about itself across restarts. */
public interface CatalogSettings {

    /** Whether the catalog holds no plugin at all, whoever may see it. */
    boolean catalogIsEmpty();

    /**
     * Records that the example catalog was offered. Answers true only to the first caller ever
     * (per database, however many instances start at once), so examples are never loaded twice
     * nor brought back after an admin deleted them.
     */
    boolean claimExampleCatalog();
}
