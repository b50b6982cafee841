package dev.plugbay.adapters.rest.view;

import dev.plugbay.adapters.rest.view.PluginDetailView.VersionView;
import dev.plugbay.application.port.in.catalog.CatalogEntry;
import dev.plugbay.application.port.in.installation.InstalledPlugin;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.policy.Authorship;
import dev.plugbay.domain.user.Caller;
import java.util.ArrayList;
import java.util.List;

/** Maps what the use cases answer to the views of the API. */
public final class PluginViews {

    private PluginViews() {
    }

    public static PluginView catalog(CatalogEntry entry) {
        return view(entry.plugin(), entry.plugin().latestRelease(), entry.mine(), entry.installed());
    }

    public static PluginDetailView detail(CatalogEntry entry) {
        List<VersionView> versions = new ArrayList<>();
        List<Release> releases = entry.plugin().releases();
        for (int i = releases.size() - 1; i >= 0; i--) {
            versions.add(new VersionView(releases.get(i).version().toString(), releases.get(i).publishedAt().toString()));
        }
        return new PluginDetailView(catalog(entry), versions);
    }

    public static InstalledPluginView installed(Caller caller, InstalledPlugin installed) {
        Plugin plugin = installed.plugin();
        Installation installation = installed.installation();
        return new InstalledPluginView(
                view(plugin, installed.installedRelease(), Authorship.isAuthor(caller, plugin), true),
                installation.isActive(),
                installation.installedVersion().toString(),
                installed.hasUpdate(),
                installation.state().name(),
                installation.installedAt().toString());
    }

    private static PluginView view(Plugin plugin, Release shown, boolean mine, boolean installed) {
        Manifest manifest = shown.manifest();
        return new PluginView(
                plugin.id().value(),
                manifest.name(),
                plugin.author().value(),
                manifest.version().toString(),
                plugin.latestVersion().toString(),
                manifest.description(),
                manifest.slot().map(Slot::name).orElse(null),
                manifest.ui().orElse(null),
                manifest.tags().stream().map(Tag::value).toList(),
                manifest.license().value(),
                plugin.current().authorAvatar().orElse(null),
                plugin.downloadCount(),
                plugin.isOfficial(),
                plugin.isPublic(),
                mine,
                plugin.createdAt().toString(),
                plugin.updatedAt().toString(),
                installed);
    }
}
