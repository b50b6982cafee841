package dev.plugbay.adapters.host.store;

import dev.plugbay.contracts.host.PluginStoreContract;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.host.LocalPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class FileSystemPluginStoreContractTest extends PluginStoreContract {

    @TempDir
    Path temp;

    private Path home;
    private int sources;

    @Override
    protected PluginStore createStore() {
        home = temp.resolve("home");
        return new FileSystemPluginStore(home, PackageLimits.DEFAULTS);
    }

    @Override
    protected LocalPath source(Map<String, String> files) {
        Path folder = temp.resolve("sources").resolve(Integer.toString(++sources));
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LocalPath.parse(folder.toString());
    }

    @Override
    protected LocalPath insideHome() {
        try {
            return LocalPath.parse(Files.createDirectories(home.resolve("elsewhere")).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Set<String> rootEntries() {
        Path root = home.resolve("plugins");
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.map(child -> child.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
