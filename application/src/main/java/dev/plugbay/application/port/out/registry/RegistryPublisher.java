package dev.plugbay.application.port.out.registry;

import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;

/**
 * Proposes catalog changes to the GitHub registry. Each call either makes its proposal or throws
 * {@code UPSTREAM_UNAVAILABLE}; without a token or registry it makes none and says why.
 */
public interface RegistryPublisher {

    /** A new plugin file, as a pull request. */
    Proposal proposeCreation(Manifest manifest);

    /** A changed plugin file: committed straight to the branch when {@code direct}, else a pull request. */
    Proposal proposeUpdate(Manifest manifest, boolean direct);

    /** The plugin file's removal: committed when {@code direct}, else a pull request. */
    Proposal proposeRemoval(PluginId id, boolean direct);

    /** Closes a proposal whose catalog change did not happen (best effort: failures are reported, not thrown). */
    void withdraw(Proposal proposal);
}
