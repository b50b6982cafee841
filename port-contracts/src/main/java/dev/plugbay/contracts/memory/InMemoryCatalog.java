package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.DownloadCounter;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.AlreadyExistsException;
import dev.plugbay.domain.error.VersionConflictException;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.policy.VisibilityPolicy;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Username;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The catalog in a map: the reference implementation of the catalog ports. */
public final class InMemoryCatalog implements CatalogReads, CatalogWrites, DownloadCounter {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final TransactionalState<PluginId, Plugin> plugins;
    private final TransactionalState<InMemoryInstallations.Key, Installation> installations;
    private final InMemoryCatalogRevision revision;

    InMemoryCatalog(TransactionalState<PluginId, Plugin> plugins,
            TransactionalState<InMemoryInstallations.Key, Installation> installations, InMemoryCatalogRevision revision) {
        this.plugins = plugins;
        this.installations = installations;
        this.revision = revision;
    }

    @Override
    public Optional<Plugin> find(PluginId id) {
        return Optional.ofNullable(plugins.rows().get(id));
    }

    @Override
    public Map<PluginId, Plugin> findAll(Collection<PluginId> ids) {
        Map<PluginId, Plugin> found = new LinkedHashMap<>();
        ids.forEach(id -> find(id).ifPresent(plugin -> found.put(id, plugin)));
        return found;
    }

    @Override
    public Page<Plugin> search(CatalogQuery query) {
        List<Plugin> matches = plugins.rows().values().stream()
                .filter(matching(query))
                .sorted(order(query))
                .toList();
        int from = (int) Math.min(query.offset(), matches.size());
        int to = Math.min(from + query.size(), matches.size());
        return new Page<>(matches.subList(from, to), matches.size());
    }

    @Override
    public List<Plugin> findOfficial() {
        return plugins.rows().values().stream().filter(Plugin::isOfficial).sorted(Comparator.comparing(Plugin::id)).toList();
    }

    @Override
    public void insert(Plugin plugin) {
        if (plugins.rows().putIfAbsent(plugin.id(), stored(plugin, plugin.downloadCount(), 0)) != null) {
            throw new AlreadyExistsException("A plugin with the id " + plugin.id() + " already exists");
        }
        revision.advance();
    }

    @Override
    public void update(Plugin plugin) {
        boolean[] applied = {false};
        plugins.rows().computeIfPresent(plugin.id(), (id, current) -> {
            if (current.revision() != plugin.revision()) {
                return current;
            }
            applied[0] = true;
            return stored(plugin, current.downloadCount(), current.revision() + 1);
        });
        if (!applied[0]) {
            throw new VersionConflictException("Plugin " + plugin.id() + " was changed concurrently; read it again");
        }
        revision.advance();
    }

    @Override
    public boolean delete(PluginId id) {
        boolean deleted = plugins.rows().remove(id) != null;
        revision.advance();
        return deleted;
    }

    @Override
    public void increment(PluginId id) {
        plugins.rows().computeIfPresent(id, (key, current) ->
                stored(current, current.downloadCount() + 1, current.revision()));
        revision.advance();
    }

    private static Plugin stored(Plugin plugin, long downloads, long revision) {
        return Plugin.rebuild(plugin.id(), plugin.author(), plugin.isOfficial(), plugin.releases(), downloads,
                plugin.createdAt(), revision);
    }

    private Predicate<Plugin> matching(CatalogQuery query) {
        Caller viewer = new Caller(query.viewer(), Set.of(), Optional.empty(), query.author());
        Predicate<Plugin> visible = plugin -> VisibilityPolicy.maySee(viewer, plugin).isAllowed();
        return visible
                .and(plugin -> query.slot().isEmpty() || query.slot().equals(plugin.current().slot()))
                .and(plugin -> query.tag().isEmpty() || plugin.current().tags().contains(query.tag().get()))
                .and(plugin -> query.text().isEmpty() || containsText(plugin.current(), query.text().get()))
                .and(plugin -> query.kind().includes(plugin.current()))
                .and(plugin -> !query.excludesInstalled() || !installedBy(query.viewer(), plugin.id()));
    }

    private boolean installedBy(Username owner, PluginId pluginId) {
        return installations.rows().values().stream()
                .anyMatch(installation -> installation.isOwnedBy(owner) && installation.pluginId().equals(pluginId));
    }

    /** Every word of the text starts a word of the listed id, name, description or tags. */
    private static boolean containsText(Manifest manifest, String text) {
        Set<String> words = words(manifest.id().value() + " " + manifest.name() + " " + manifest.description() + " "
                + manifest.tags().stream().map(Tag::value).collect(Collectors.joining(" ")));
        Set<String> wanted = words(text);
        return !wanted.isEmpty() && wanted.stream().allMatch(prefix -> words.stream().anyMatch(word -> word.startsWith(prefix)));
    }

    /** Runs of letters and digits, in lower case. */
    private static Set<String> words(String text) {
        return Arrays.stream(WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }

    private static Comparator<Plugin> order(CatalogQuery query) {
        Comparator<Plugin> byId = Comparator.comparing(Plugin::id);
        return switch (query.sort()) {
            case DOWNLOADS -> Comparator.comparingLong(Plugin::downloadCount).reversed().thenComparing(byId);
            case NAME -> Comparator.comparing((Plugin plugin) -> plugin.current().name().toLowerCase(Locale.ROOT))
                    .thenComparing(byId);
            case UPDATED -> Comparator.comparing(Plugin::updatedAt).reversed().thenComparing(byId);
        };
    }
}
