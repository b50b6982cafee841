package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.domain.error.AlreadyInstalledException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Installations in a map keyed by (owner, plugin): the reference implementation of the port. */
public final class InMemoryInstallations implements Installations {

    private final TransactionalState<Key, Installation> installations;
    private final InMemoryCatalogRevision revision;

    InMemoryInstallations(TransactionalState<Key, Installation> installations, InMemoryCatalogRevision revision) {
        this.installations = installations;
        this.revision = revision;
    }

    @Override
    public Optional<Installation> find(Username owner, PluginId pluginId) {
        return Optional.ofNullable(installations.rows().get(new Key(owner, pluginId)));
    }

    @Override
    public List<Installation> listByOwner(Username owner) {
        return installations.rows().values().stream()
                .filter(installation -> installation.isOwnedBy(owner))
                .sorted(Comparator.comparing(Installation::installedAt).reversed()
                        .thenComparing(Installation::pluginId))
                .toList();
    }

    @Override
    public void insert(Installation installation) {
        Key key = new Key(installation.owner(), installation.pluginId());
        if (installations.rows().putIfAbsent(key, installation) != null) {
            throw new AlreadyInstalledException("Plugin " + installation.pluginId() + " is already installed");
        }
        revision.advance();
    }

    @Override
    public void update(Installation installation) {
        Key key = new Key(installation.owner(), installation.pluginId());
        if (installations.rows().replace(key, installation) == null) {
            throw new PluginNotFoundException("Plugin " + installation.pluginId() + " is not installed");
        }
        revision.advance();
    }

    @Override
    public boolean delete(Username owner, PluginId pluginId) {
        boolean deleted = installations.rows().remove(new Key(owner, pluginId)) != null;
        revision.advance();
        return deleted;
    }

    @Override
    public void deleteAllOf(PluginId pluginId) {
        installations.rows().keySet().removeIf(key -> key.pluginId().equals(pluginId));
        revision.advance();
    }

    /** Usernames compare case-insensitively, so the key does too. */
    record Key(Username owner, PluginId pluginId) {
    }
}
