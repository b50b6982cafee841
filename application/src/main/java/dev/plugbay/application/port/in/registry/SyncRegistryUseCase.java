package dev.plugbay.application.port.in.registry;

/**
 * Mirror the GitHub registry into the catalog as official plugins. A registry that cannot be
 * read fails the sync with {@code UPSTREAM_UNAVAILABLE} and leaves the catalog as it was.
 */
public interface SyncRegistryUseCase {

    SyncReport sync();
}
