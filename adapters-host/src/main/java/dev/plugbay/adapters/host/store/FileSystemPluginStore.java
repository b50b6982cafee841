package dev.plugbay.adapters.host.store;

import dev.plugbay.adapters.host.HomeSettings;
import dev.plugbay.adapters.host.PluginsSettings;
import dev.plugbay.application.port.out.host.FolderReplacement;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.error.InvalidPackageException;
import dev.plugbay.domain.host.FolderRefusals;
import dev.plugbay.domain.host.LocalPath;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.plugin.PluginId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host plugins' files on this machine: managed folders in {@code <plugbay.home>/plugins/<name>},
 * staging copies beside them (same file system, so renames are atomic), data folders in
 * {@code <plugbay.home>/plugin-data/<name>}.
 */
@Singleton
public final class FileSystemPluginStore implements PluginStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemPluginStore.class);
    private static final String STAGING = ".staging-";
    private static final String OLD = ".old-";
    private static final String TRASH = ".trash-";

    private final Path home;
    private final Path root;
    private final Path data;
    private final PackageLimits limits;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public FileSystemPluginStore(HomeSettings home, PluginsSettings settings) {
        this(home.path(), settings.limits());
    }

    public FileSystemPluginStore(Path home, PackageLimits limits) {
        this.home = home.toAbsolutePath().normalize();
        this.root = this.home.resolve("plugins");
        this.data = this.home.resolve("plugin-data");
        this.limits = limits;
    }

    @Override
    public PluginFolder locate(LocalPath path) {
        Path real;
        try {
            real = Path.of(path.value()).toRealPath();
        } catch (IOException missing) {
            throw FolderRefusals.path("path is not an existing directory");
        }
        if (!Files.isDirectory(real)) {
            throw FolderRefusals.path("path is not an existing directory");
        }
        if (real.startsWith(realHome())) {
            throw FolderRefusals.path("path must lie outside plugbay.home");
        }
        return new PluginFolder(real);
    }

    private Path realHome() {
        try {
            return home.toRealPath();
        } catch (IOException notYetCreated) {
            return home;
        }
    }

    @Override
    public String readManifest(PluginFolder folder) {
        Path file = folder.path().resolve("plugin.json");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException missing) {
            throw FolderRefusals.noManifest();
        }
        if (!attributes.isRegularFile()) {
            throw FolderRefusals.unreadableManifest("is not a regular file");
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            content = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        } catch (IOException unreadable) {
            throw FolderRefusals.unreadableManifest("cannot be read");
        }
        if (content.length > MAX_MANIFEST_BYTES) {
            throw FolderRefusals.unreadableManifest("is larger than " + MAX_MANIFEST_BYTES / 1024 + " KiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw FolderRefusals.unreadableManifest("is not valid UTF-8");
        }
    }

    @Override
    public PluginFolder stage(PluginFolder source) {
        Path staging = newStagingFolder();
        try {
            TreeCopy.copy(source.path(), staging, limits);
            return new PluginFolder(staging);
        } catch (RuntimeException refused) {
            deleteTree(staging);
            throw refused;
        }
    }

    @Override
    public PluginFolder newStaging() {
        return new PluginFolder(newStagingFolder());
    }

    private Path newStagingFolder() {
        try {
            Files.createDirectories(root);
            return Files.createDirectory(root.resolve(STAGING + suffix()),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException("The staging folder cannot be created", cannotCreate);
        }
    }

    private String suffix() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public byte[] readEntry(PluginFolder folder, EntryPath main) {
        try {
            Path base = folder.path().toRealPath();
            Path entry;
            try {
                entry = base.resolve(main.value()).toRealPath();
            } catch (NoSuchFileException missing) {
                throw FolderRefusals.entryNotFound(main);
            }
            if (!entry.startsWith(base) || entry.equals(base)) {
                throw FolderRefusals.entryOutside();
            }
            if (!Files.isRegularFile(entry)) {
                throw FolderRefusals.entryNotFound(main);
            }
            return Files.readAllBytes(entry);
        } catch (IOException unreadable) {
            throw FolderRefusals.entryNotFound(main);
        }
    }

    @Override
    public FolderReplacement install(PluginFolder staged, PluginId name) {
        Path target = root.resolve(name.value());
        Path aside = root.resolve(OLD + name + "-" + suffix());
        try {
            boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (replacing) {
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.setPosixFilePermissions(staged.path(), PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
            if (!target.toRealPath().equals(root.toRealPath().resolve(name.value()))) {
                restore(target, aside, replacing);
                throw new InvalidPackageException("The plugin folder does not resolve to plugins/" + name);
            }
            return new Replacement(target, aside, replacing);
        } catch (IOException cannotMove) {
            throw new UncheckedIOException("The plugin folder cannot be put in place", cannotMove);
        }
    }

    private final class Replacement implements FolderReplacement {

        private final Path target;
        private final Path aside;
        private final boolean replacing;

        Replacement(Path target, Path aside, boolean replacing) {
            this.target = target;
            this.aside = aside;
            this.replacing = replacing;
        }

        @Override
        public PluginFolder folder() {
            return new PluginFolder(target);
        }

        @Override
        public void keep() {
            if (replacing) {
                deleteTree(aside);
            }
        }

        @Override
        public void undo() {
            try {
                restore(target, aside, replacing);
            } catch (IOException cannotMove) {
                throw new UncheckedIOException("The previous plugin folder cannot be put back", cannotMove);
            }
        }
    }

    private void restore(Path target, Path aside, boolean replacing) throws IOException {
        Path trash = root.resolve(TRASH + suffix());
        Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
        if (replacing) {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(trash);
    }

    @Override
    public void discard(PluginFolder staged) {
        deleteTree(staged.path());
    }

    @Override
    public void remove(PluginId name) {
        Path target = root.resolve(name.value());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path trash = root.resolve(TRASH + name + "-" + suffix());
            try {
                Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException cannotMove) {
                throw new UncheckedIOException("The plugin folder cannot be removed", cannotMove);
            }
            deleteTree(trash);
        }
        deleteTree(data.resolve(name.value()));
    }

    @Override
    public Optional<PluginFolder> installed(PluginId name) {
        Path target = root.resolve(name.value());
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? Optional.of(new PluginFolder(target)) : Optional.empty();
    }

    @Override
    public List<String> folderNames() {
        return entries().stream()
                .filter(name -> !name.startsWith("."))
                .filter(name -> Files.isDirectory(root.resolve(name), LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    private List<String> entries() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Files.createDirectories(root);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
                children.forEach(child -> names.add(child.getFileName().toString()));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The plugins folder cannot be read", unreadable);
        }
        return List.copyOf(names);
    }

    @Override
    public Path dataFolder(PluginId name) {
        Path folder = data.resolve(name.value());
        try {
            Files.createDirectories(data);
            if (!Files.isDirectory(folder)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return folder;
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException("The plugin data folder cannot be created", cannotCreate);
        }
    }

    @Override
    public String relativeFolder(PluginId name) {
        return "plugins/" + name;
    }

    @Override
    public void recover() {
        for (String name : entries()) {
            Path residue = root.resolve(name);
            if (name.startsWith(OLD) && name.lastIndexOf('-') > OLD.length()) {
                Path owner = root.resolve(name.substring(OLD.length(), name.lastIndexOf('-')));
                if (!Files.exists(owner, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.move(residue, owner, StandardCopyOption.ATOMIC_MOVE);
                        LOG.warn("Restored plugins/{} from an install interrupted before it finished", owner.getFileName());
                        continue;
                    } catch (IOException cannotMove) {
                        throw new UncheckedIOException("An interrupted install cannot be undone", cannotMove);
                    }
                }
            }
            if (name.startsWith(STAGING) || name.startsWith(OLD) || name.startsWith(TRASH)) {
                LOG.info("Removing plugins/{}, left by an interrupted operation", name);
                deleteTree(residue);
            }
        }
    }

    private static void deleteTree(Path top) {
        if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException cannotDelete) {
            throw new UncheckedIOException("A plugin folder cannot be removed", cannotDelete);
        }
    }
}
