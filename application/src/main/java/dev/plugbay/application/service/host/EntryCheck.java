package dev.plugbay.application.service.host;

import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.manifest.Manifest;

/** HOST.md "Local install" step 5, on a staged copy: a plugin with hooks has its entry file inside its folder, matching its pin. */
final class EntryCheck {

    private EntryCheck() {
    }

    static void require(PluginStore store, PluginFolder staged, Manifest manifest) {
        if (!manifest.hooks().isEmpty()) {
            byte[] entry = store.readEntry(staged, manifest.main());
            manifest.integrity().ifPresent(pin -> pin.verify(entry));
        }
    }
}
