package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.ScanHostPluginsUseCase;
import dev.plugbay.application.port.in.host.ScanReport;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.host.HostManifests;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.PluginSource;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * HOST.md "Scan": each direct subfolder of the plugins root is checked in place as a local install
 * checks a folder (steps 3 to 5, tree rules and caps included, on a staging copy that is discarded);
 * valid unknown ones are registered as {@code installed}. Known plugins whose folder vanished are
 * stopped and marked. No plugin code runs and no known plugin is re-read.
 */
public final class HostPluginScanner implements ScanHostPluginsUseCase {

    private final ManifestReader reader;
    private final PluginStore store;
    private final HostPlugins plugins;
    private final PluginSupervisor supervisor;
    private final HostPluginLocks locks;
    private final Clock clock;
    private final Supplier<UUID> ids;

    HostPluginScanner(ManifestReader reader, PluginStore store, HostPlugins plugins, PluginSupervisor supervisor,
            HostPluginLocks locks, Clock clock, Supplier<UUID> ids) {
        this.reader = reader;
        this.store = store;
        this.plugins = plugins;
        this.supervisor = supervisor;
        this.locks = locks;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ScanReport scan() {
        int discovered = 0;
        List<String> registered = new ArrayList<>();
        List<ScanReport.ScanError> errors = new ArrayList<>();
        for (String folderName : store.folderNames()) {
            Optional<Manifest> manifest = check(folderName, errors);
            if (manifest.isEmpty()) {
                continue;
            }
            discovered++;
            PluginId name = manifest.get().id();
            boolean registeredNow = locks.with(name, () -> register(manifest.get()));
            if (registeredNow) {
                registered.add(folderName);
            }
        }
        return new ScanReport(discovered, registered, markMissing(), errors);
    }

    private Optional<Manifest> check(String folderName, List<ScanReport.ScanError> errors) {
        if (!PluginId.isValid(folderName)) {
            errors.add(new ScanReport.ScanError(folderName, "folder name '" + folderName + "' is not a plugin id"));
            return Optional.empty();
        }
        try {
            PluginFolder folder = store.installed(new PluginId(folderName)).orElseThrow();
            Manifest manifest = HostManifests.read(reader, store.readManifest(folder)).manifest();
            if (!manifest.id().value().equals(folderName)) {
                errors.add(new ScanReport.ScanError(folderName,
                        "folder name '" + folderName + "' differs from plugin id '" + manifest.id() + "'"));
                return Optional.empty();
            }
            PluginFolder copy = store.stage(folder);
            try {
                EntryCheck.require(store, copy, manifest);
            } finally {
                store.discard(copy);
            }
            return Optional.of(manifest);
        } catch (DomainException invalid) {
            errors.add(new ScanReport.ScanError(folderName, invalid.getMessage()));
            return Optional.empty();
        }
    }

    /** A valid folder: registered when unknown; a known plugin in {@code error} for its missing folder comes back {@code inactive}. */
    private boolean register(Manifest manifest) {
        Optional<HostPlugin> known = plugins.find(manifest.id());
        if (known.isPresent()) {
            if (known.get().errorMessage().filter(HostPluginMessages.FOLDER_MISSING::equals).isPresent()) {
                plugins.update(known.get().reinstate(clock.instant()));
            }
            return false;
        }
        plugins.insert(HostPlugin.install(ids.get(), manifest, PluginSource.SCAN, Optional.empty(), clock.instant()).plugin());
        return true;
    }

    /** Known plugins whose folder vanished: stopped, {@code error} with HOST.md's message; their names. */
    List<String> markMissing() {
        List<String> missing = new ArrayList<>();
        for (HostPlugin plugin : plugins.all()) {
            if (store.installed(plugin.name()).isPresent()) {
                continue;
            }
            missing.add(plugin.name().value());
            locks.run(plugin.name(), () -> {
                supervisor.stop(plugin, List.of());
                if (plugin.errorMessage().filter(HostPluginMessages.FOLDER_MISSING::equals).isEmpty()) {
                    plugins.update(plugin.fail(HostPluginMessages.FOLDER_MISSING, clock.instant()));
                }
            });
        }
        return missing;
    }
}
