package dev.plugbay.application.port.in.authoring;

import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import dev.plugbay.domain.user.Caller;

/**
 * Remove a plugin from the catalog (its author or an admin) with every installation of it; its
 * released versions stay reserved. With {@code fromRegistry}, also propose the registry file's removal.
 */
public interface DeletePluginUseCase {

    Proposal delete(Caller caller, PluginId id, boolean fromRegistry);
}
