package dev.plugbay.application.port.out.installation;

import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import java.util.List;
import java.util.Optional;

/** Users' installations: at most one per (owner, plugin). */
public interface Installations {

    Optional<Installation> find(Username owner, PluginId pluginId);

    /** The owner's installations, most recently installed first. */
    List<Installation> listByOwner(Username owner);

    /** Stores a new installation; {@code ALREADY_INSTALLED} when the owner has this plugin. */
    void insert(Installation installation);

    /** Stores the new state of an existing installation. */
    void update(Installation installation);

    /** Removes the owner's installation; reports whether there was one. */
    boolean delete(Username owner, PluginId pluginId);

    /** Removes every installation of a plugin, whoever owns it. */
    void deleteAllOf(PluginId pluginId);
}
