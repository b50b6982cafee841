package dev.plugbay.application.port.out.registry;

import java.util.List;

/** Reads the GitHub registry: its index and the plugin file of every entry. */
public interface RegistryReader {

    /** Whether a registry is configured at all. */
    boolean isConfigured();

    /**
     * Every entry of the registry index. Throws {@code UPSTREAM_UNAVAILABLE} when the index
     * itself cannot be read; a single unreadable plugin file is reported in its entry.
     */
    List<RegistryEntry> readAll();
}
