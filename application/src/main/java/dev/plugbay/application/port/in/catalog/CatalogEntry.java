package dev.plugbay.application.port.in.catalog;

import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.catalog.Plugin;
import java.util.Objects;
import java.util.Optional;

/** A plugin as one caller sees it: whether it is theirs and their installation of it, if any. */
public record CatalogEntry(Plugin plugin, boolean mine, Optional<Installation> installation) {

    public CatalogEntry {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(installation, "installation");
    }

    public boolean installed() {
        return installation.isPresent();
    }
}
