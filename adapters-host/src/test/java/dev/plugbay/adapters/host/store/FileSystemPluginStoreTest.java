package dev.plugbay.adapters.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.host.LocalPath;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.plugin.PluginId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HOST.md "Local install" step 4 on a real file system: links, special files, caps, modes, crash residue. */
class FileSystemPluginStoreTest {

    @TempDir
    Path temp;

    private Path home;
    private Path source;
    private FileSystemPluginStore store;

    @BeforeEach
    void aSourceWithAManifest() throws IOException {
        home = temp.resolve("home");
        source = Files.createDirectories(temp.resolve("src/a..b"));
        Files.writeString(source.resolve("plugin.json"), "{}");
        Files.writeString(source.resolve("index.js"), "module.exports = {}");
        store = new FileSystemPluginStore(home, PackageLimits.DEFAULTS);
    }

    private PluginFolder stage() {
        return store.stage(store.locate(LocalPath.parse(source.toString())));
    }

    private void assertRefused(ErrorCode code, String messagePart) {
        DomainException refused = assertThrows(DomainException.class, this::stage);
        assertEquals(code, refused.code(), refused.getMessage());
        assertTrue(refused.getMessage().contains(messagePart), refused.getMessage());
        assertFalse(refused.getMessage().contains(temp.toString()), "no absolute path: " + refused.getMessage());
        assertEquals(List.of(), rootEntries(), "no staging residue");
    }

    private List<String> rootEntries() {
        if (!Files.isDirectory(home.resolve("plugins"))) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(home.resolve("plugins"))) {
            return children.map(child -> child.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void linksInsideTheTreeAreRecreatedRelative() throws IOException {
        Files.createDirectories(source.resolve("lib"));
        Files.writeString(source.resolve("lib/real.js"), "x");
        Files.createSymbolicLink(source.resolve("lib/alias.js"), Path.of("real.js"));
        Files.createSymbolicLink(source.resolve("entry.js"), source.resolve("index.js"));

        assertRefused(ErrorCode.INVALID_PACKAGE, "'entry.js' leaves the plugin folder");
        Files.delete(source.resolve("entry.js"));
        Files.createSymbolicLink(source.resolve("entry.js"), Path.of("lib/../index.js"));
        PluginFolder staged = stage();

        assertEquals(Path.of("real.js"), Files.readSymbolicLink(staged.path().resolve("lib/alias.js")));
        assertEquals("module.exports = {}", new String(store.readEntry(staged, new EntryPath("entry.js"))));
    }

    @Test
    void aLinkOutOfTheTreeIsRefusedNamingItsRelativePath() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createDirectories(source.resolve("lib"));
        Files.createSymbolicLink(source.resolve("lib/escape"), Path.of("../../../secret.txt"));

        assertRefused(ErrorCode.INVALID_PACKAGE, "'lib/escape' leaves the plugin folder");
        assertTrue(Files.exists(secret));
    }

    @Test
    void aDanglingLinkIsRefused() throws IOException {
        Files.createSymbolicLink(source.resolve("gone"), Path.of("nothing-here"));

        assertRefused(ErrorCode.INVALID_PACKAGE, "'gone' points to nothing");
    }

    @Test
    void aChainOfLinksThatLeavesTheTreeIsRefused() throws IOException {
        Files.createDirectories(source.resolve("lib"));
        Files.createSymbolicLink(source.resolve("lib/top"), Path.of(".."));
        Files.createSymbolicLink(source.resolve("out"), Path.of("lib/top/.."));

        assertRefused(ErrorCode.INVALID_PACKAGE, "leaves the plugin folder");
    }

    @Test
    void aFifoIsRefused() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", source.resolve("pipe").toString()).start();
        assertEquals(0, mkfifo.waitFor());

        assertRefused(ErrorCode.INVALID_PACKAGE, "special file (device, fifo or socket): 'pipe'");
    }

    @Test
    void aNameWithAControlCharacterIsRefused() throws IOException {
        Files.writeString(source.resolve("bad\u0001name"), "x");

        assertRefused(ErrorCode.INVALID_PACKAGE, "holds control characters");
    }

    @Test
    void capsAreRaisedAsSoonAsTheyAreCrossed() throws IOException {
        store = new FileSystemPluginStore(home, new PackageLimits(1024, 4, 2, 1024, 100));
        Files.write(source.resolve("big.bin"), new byte[1025]);
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, "plugbay.plugins.max-bytes");

        Files.delete(source.resolve("big.bin"));
        Files.createDirectories(source.resolve("a/b/c"));
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, "plugbay.plugins.max-depth");

        Files.delete(source.resolve("a/b/c"));
        Files.writeString(source.resolve("a/b/x"), "x");
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, "plugbay.plugins.max-files");
    }

    @Test
    void aPathOver1024BytesIsTooLarge() throws IOException {
        Path deep = source;
        for (int i = 0; i < 6; i++) {
            deep = Files.createDirectories(deep.resolve("d".repeat(200) + i));
        }
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, "longer than 1024 bytes");
    }

    @Test
    void modesAreNormalizedAndHardLinksBecomeCopies() throws Exception {
        Path run = Files.writeString(source.resolve("run.py"), "#!/usr/bin/python3");
        assertEquals(0, new ProcessBuilder("chmod", "6777", run.toString()).start().waitFor());
        Files.setPosixFilePermissions(source.resolve("index.js"), PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.createLink(source.resolve("hard.js"), source.resolve("index.js"));

        PluginFolder staged = stage();

        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(staged.path().resolve("run.py"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(staged.path().resolve("index.js"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(staged.path())));
        assertEquals(1, (int) Files.getAttribute(staged.path().resolve("hard.js"), "unix:nlink"));
        store.install(staged, new PluginId("p")).keep();
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("plugins/p"))));
    }

    @Test
    void anOldFolderWhoseInstallLostItsOwnIsRestoredAtRecovery() throws IOException {
        store.install(stage(), new PluginId("p")).keep();
        Files.move(home.resolve("plugins/p"), home.resolve("plugins/.old-p-0123abcd"));
        Files.createDirectories(home.resolve("plugins/.staging-feed"));
        Files.createDirectories(home.resolve("plugins/.trash-x-00"));

        store.recover();

        assertEquals(List.of("p"), rootEntries());
        assertTrue(Files.isRegularFile(home.resolve("plugins/p/index.js"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aManifestThatIsALinkOrTooLargeIsRefused() throws IOException {
        Files.delete(source.resolve("plugin.json"));
        Files.createSymbolicLink(source.resolve("plugin.json"), Path.of("index.js"));
        PluginFolder folder = store.locate(LocalPath.parse(source.toString()));
        assertEquals(ErrorCode.INVALID_MANIFEST, assertThrows(DomainException.class, () -> store.readManifest(folder)).code());

        Files.delete(source.resolve("plugin.json"));
        Files.write(source.resolve("plugin.json"), new byte[256 * 1024 + 1]);
        assertEquals("plugin.json is larger than 256 KiB",
                assertThrows(DomainException.class, () -> store.readManifest(folder)).getMessage());
    }

    @Test
    void theDataFolderIsPrivateAndGoesWithTheUninstall() throws IOException {
        store.install(stage(), new PluginId("p")).keep();
        Path data = store.dataFolder(new PluginId("p"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));

        store.remove(new PluginId("p"));

        assertFalse(Files.exists(data));
        assertEquals(List.of(), rootEntries());
    }
}
