package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.FolderReplacement;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.host.FolderRefusals;
import dev.plugbay.domain.host.LocalPath;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plugin folders without a file system, for the host services' tests: each folder is a map from
 * relative path to content. Sources are made with {@link #source}; the plugins root is
 * {@code /home/plugins}. Tree rules on links, special files and caps belong to the real store.
 */
public final class InMemoryPluginStore implements PluginStore {

    private static final Path HOME = Path.of("/home");
    private static final Path ROOT = HOME.resolve("plugins");

    private final Map<Path, Map<String, byte[]>> folders = new ConcurrentHashMap<>();
    private final AtomicLong names = new AtomicLong();

    /** A new source folder outside the home with these text files. */
    public LocalPath source(Map<String, String> files) {
        Path path = Path.of("/sources/" + names.incrementAndGet());
        folders.put(path, text(files));
        return LocalPath.parse(path.toString());
    }

    /** Puts these files in the plugins root under {@code name}, as an operator copying a folder there would. */
    public void plant(String name, Map<String, String> files) {
        folders.put(ROOT.resolve(name), text(files));
    }

    /** Removes the plugin's managed folder behind Plugbay's back. */
    public void vanish(PluginId name) {
        folders.remove(ROOT.resolve(name.value()));
    }

    /** A folder inside {@code plugbay.home} that exists. */
    public LocalPath insideHome() {
        Path path = HOME.resolve("elsewhere");
        folders.put(path, new LinkedHashMap<>());
        return LocalPath.parse(path.toString());
    }

    /** The names in the plugins root, residue included. */
    public Set<String> rootEntries() {
        Set<String> entries = new TreeSet<>();
        folders.keySet().stream().filter(path -> ROOT.equals(path.getParent()))
                .forEach(path -> entries.add(path.getFileName().toString()));
        return entries;
    }

    private static Map<String, byte[]> text(Map<String, String> files) {
        Map<String, byte[]> content = new LinkedHashMap<>();
        files.forEach((name, text) -> content.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return content;
    }

    @Override
    public PluginFolder locate(LocalPath path) {
        Path folder = Path.of(path.value());
        if (!folders.containsKey(folder)) {
            throw FolderRefusals.path("path is not an existing directory");
        }
        if (folder.startsWith(HOME)) {
            throw FolderRefusals.path("path must lie outside plugbay.home");
        }
        return new PluginFolder(folder);
    }

    @Override
    public String readManifest(PluginFolder folder) {
        byte[] manifest = files(folder).get("plugin.json");
        if (manifest == null) {
            throw FolderRefusals.noManifest();
        }
        return new String(manifest, StandardCharsets.UTF_8);
    }

    @Override
    public PluginFolder stage(PluginFolder source) {
        Path staging = ROOT.resolve(".staging-" + names.incrementAndGet());
        folders.put(staging, new LinkedHashMap<>(files(source)));
        return new PluginFolder(staging);
    }

    @Override
    public PluginFolder newStaging() {
        Path staging = ROOT.resolve(".staging-" + names.incrementAndGet());
        folders.put(staging, new LinkedHashMap<>());
        return new PluginFolder(staging);
    }

    @Override
    public byte[] readEntry(PluginFolder folder, EntryPath main) {
        byte[] entry = files(folder).get(main.value());
        if (entry == null) {
            throw FolderRefusals.entryNotFound(main);
        }
        return entry.clone();
    }

    @Override
    public FolderReplacement install(PluginFolder staged, PluginId name) {
        Path target = ROOT.resolve(name.value());
        Path aside = ROOT.resolve(".old-" + name + "-" + names.incrementAndGet());
        Map<String, byte[]> previous = folders.remove(target);
        if (previous != null) {
            folders.put(aside, previous);
        }
        folders.put(target, files(staged));
        folders.remove(staged.path());
        return new FolderReplacement() {
            @Override
            public PluginFolder folder() {
                return new PluginFolder(target);
            }

            @Override
            public void keep() {
                folders.remove(aside);
            }

            @Override
            public void undo() {
                folders.remove(target);
                Map<String, byte[]> old = folders.remove(aside);
                if (old != null) {
                    folders.put(target, old);
                }
            }
        };
    }

    @Override
    public void discard(PluginFolder staged) {
        folders.remove(staged.path());
    }

    @Override
    public void remove(PluginId name) {
        folders.remove(ROOT.resolve(name.value()));
    }

    @Override
    public Optional<PluginFolder> installed(PluginId name) {
        Path folder = ROOT.resolve(name.value());
        return folders.containsKey(folder) ? Optional.of(new PluginFolder(folder)) : Optional.empty();
    }

    @Override
    public List<String> folderNames() {
        return rootEntries().stream().filter(name -> !name.startsWith(".")).toList();
    }

    @Override
    public Path dataFolder(PluginId name) {
        return HOME.resolve("plugin-data").resolve(name.value());
    }

    @Override
    public String relativeFolder(PluginId name) {
        return "plugins/" + name;
    }

    @Override
    public void recover() {
        for (String entry : rootEntries()) {
            if (entry.startsWith(".old-")) {
                String owner = entry.substring(".old-".length(), entry.lastIndexOf('-'));
                Map<String, byte[]> old = folders.remove(ROOT.resolve(entry));
                folders.putIfAbsent(ROOT.resolve(owner), old);
            } else if (entry.startsWith(".")) {
                folders.remove(ROOT.resolve(entry));
            }
        }
    }

    private Map<String, byte[]> files(PluginFolder folder) {
        Map<String, byte[]> files = folders.get(folder.path());
        if (files == null) {
            throw new IllegalArgumentException("no such folder: " + folder.path());
        }
        return files;
    }
}
