package dev.plugbay.contracts.host;

import static dev.plugbay.contracts.testing.TestArchives.ENTRY;
import static dev.plugbay.contracts.testing.TestArchives.MANIFEST;
import static dev.plugbay.contracts.testing.TestArchives.tarGz;
import static dev.plugbay.contracts.testing.TestArchives.tarGzPlugin;
import static dev.plugbay.contracts.testing.TestArchives.zip;
import static dev.plugbay.contracts.testing.TestArchives.zipPlugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginArchives;
import dev.plugbay.contracts.testing.TestArchives;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every implementation of {@link PluginArchives} must do (HOST.md "One-click install" steps 4 to
 * 6). Every archive is built by the test; after every refusal the plugins root holds exactly what it
 * held before, so the staging folder is gone and nothing else was touched.
 */
public abstract class PluginArchivesContract {

    private static final PackageLimits DEFAULTS = PackageLimits.DEFAULTS;

    @TempDir
    Path pluginsRoot;

    private Path staging;
    private TreeMap<String, String> before;

    protected abstract PluginArchives archives();

    @BeforeEach
    void stageBesideAnInstalledPlugin() throws IOException {
        Path installed = Files.createDirectories(pluginsRoot.resolve("installed"));
        Files.writeString(installed.resolve("plugin.json"), MANIFEST);
        before = snapshot(pluginsRoot);
        staging = Files.createDirectory(pluginsRoot.resolve(".staging-contract"));
    }

    // --- what a good archive gives ---------------------------------------------------------------

    @Test
    void aZipWithThePluginAtItsTopLevelIsExtractedIntoTheStagingFolder() throws IOException {
        Path root = archives().extract(zipPlugin().directory("lib").file("lib/util.js", "// util").bytes(), staging, DEFAULTS);

        assertEquals(staging, root);
        assertEquals(MANIFEST, Files.readString(root.resolve("plugin.json")));
        assertEquals(ENTRY, Files.readString(root.resolve("index.js")));
        assertEquals("// util", Files.readString(root.resolve("lib/util.js")));
    }

    @Test
    void aTarGzWhoseOnlyTopLevelFolderHoldsThePluginIsExtractedAndThatFolderIsTheRoot() throws IOException {
        byte[] archive = tarGz().directory("package").file("package/plugin.json", MANIFEST)
                .file("package/index.js", ENTRY).bytes();

        Path root = archives().extract(archive, staging, DEFAULTS);

        assertEquals(staging.resolve("package"), root);
        assertEquals(MANIFEST, Files.readString(root.resolve("plugin.json")));
    }

    @Test
    void theOnlyTopLevelFolderNeedsNoEntryOfItsOwnAndDotSlashPrefixesAreDropped() throws IOException {
        byte[] archive = tarGz().directory("./").file("./my-plugin/plugin.json", MANIFEST)
                .file("./my-plugin/index.js", ENTRY).bytes();

        Path root = archives().extract(archive, staging, DEFAULTS);

        assertEquals(staging.resolve("my-plugin"), root);
        assertTrue(Files.isRegularFile(root.resolve("index.js")));
    }

    @Test
    void zipModesAreThoseOfALocalTree() throws IOException {
        byte[] archive = zipPlugin().file("bin/run", new byte[] {1}, 0100700).file("secret.txt", new byte[] {2}, 0100600)
                .file("suid", new byte[] {3}, 0104755).bytes();

        Path root = archives().extract(archive, staging, DEFAULTS);

        assertMode("rwxr-xr-x", root.resolve("bin/run"));
        assertMode("rw-r--r--", root.resolve("secret.txt"));
        assertMode("rwxr-xr-x", root.resolve("suid"));
        assertMode("rw-r--r--", root.resolve("plugin.json"));
        assertMode("rwxr-xr-x", root.resolve("bin"));
    }

    @Test
    void tarModesAreThoseOfALocalTreeWithoutSetuidSetgidOrSticky() throws IOException {
        byte[] archive = tarGzPlugin().directory("shared", 01777).file("shared/tool", new byte[] {1}, 06755)
                .file("shared/notes", new byte[] {2}, 0640).bytes();

        Path root = archives().extract(archive, staging, DEFAULTS);

        assertMode("rwxr-xr-x", root.resolve("shared"));
        assertMode("rwxr-xr-x", root.resolve("shared/tool"));
        assertMode("rw-r--r--", root.resolve("shared/notes"));
    }

    @Test
    void paxAndGnuLongNamesAreHonoured() throws IOException {
        String longPath = "deep/" + "a".repeat(120) + "/" + "b".repeat(90) + "/file-with-a-long-name.js";
        for (TestArchives.TarBuilder builder : List.of(tarGzPlugin().paxLongNames(), tarGzPlugin().gnuLongNames())) {
            Path root = archives().extract(builder.file(longPath, "// long").bytes(), staging, DEFAULTS);

            assertEquals("// long", Files.readString(root.resolve(longPath)));
            emptyStaging();
        }
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        PackageLimits limits = new PackageLimits(10, 4, 1, DEFAULTS.maxArchiveBytes(), DEFAULTS.maxRatio());
        byte[] archive = zip().file("plugin.json", "{\"id\":\"x\"}").directory("lib").file("lib/a", "").file("lib/b", "").bytes();

        assertEquals(staging, archives().extract(archive, staging, limits));
    }

    // --- where the plugin root can be ------------------------------------------------------------

    @Test
    void anArchiveWithoutPluginJsonAtTheTopOrInItsOnlyFolderIsAnInvalidManifest() {
        assertRefused(ErrorCode.INVALID_MANIFEST, zip().file("index.js", ENTRY).bytes());
        assertRefused(ErrorCode.INVALID_MANIFEST, tarGz().file("a/b/plugin.json", MANIFEST).bytes());
        assertRefused(ErrorCode.INVALID_MANIFEST, tarGz().file("a/plugin.json", MANIFEST).file("b/plugin.json", MANIFEST).bytes());
        assertRefused(ErrorCode.INVALID_MANIFEST, tarGz().file("a/plugin.json", MANIFEST).file("README", "").bytes());
        assertRefused(ErrorCode.INVALID_MANIFEST, zip().directory("plugin.json").bytes());
    }

    // --- hostile archives (HOST.md step 5), each refused with nothing left behind -----------------

    public static Stream<Arguments> unsafeArchives() {
        return Stream.of(
                Arguments.of("not an archive", "{\"plugins\": []}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an empty zip", zip().bytes()),
                Arguments.of("a name longer than a file system allows", zipPlugin().file("x".repeat(256) + ".js", "").bytes()),
                Arguments.of("a zip holding ../evil.js", zipPlugin().file("../evil.js", "evil").bytes()),
                Arguments.of("a zip with a .. segment inside", zipPlugin().file("lib/../../evil.js", "evil").bytes()),
                Arguments.of("a tar with a .. segment", tarGzPlugin().file("lib/../../evil.js", "evil").bytes()),
                Arguments.of("a zip with an absolute name", zipPlugin().file("/tmp/evil.js", "evil").bytes()),
                Arguments.of("a tar with an absolute name", tarGzPlugin().file("/tmp/evil.js", "evil").bytes()),
                Arguments.of("a zip with a backslash", zipPlugin().file("lib\\evil.js", "evil").bytes()),
                Arguments.of("a tar with a backslash", tarGzPlugin().file("..\\evil.js", "evil").bytes()),
                Arguments.of("a zip with a drive letter", zipPlugin().file("C:/evil.js", "evil").bytes()),
                Arguments.of("a zip with a relative drive letter", zipPlugin().file("c:evil.js", "evil").bytes()),
                Arguments.of("a zip with NUL in a name", zipPlugin().file("evil.js\u0000.txt", "evil").bytes()),
                Arguments.of("a zip with a control character", zipPlugin().file("evil\u001b[2J.js", "evil").bytes()),
                Arguments.of("a zip name that is not UTF-8", zipPlugin().rawName(new byte[] {'e', (byte) 0xff, '.', 'j', 's'}, "evil").bytes()),
                Arguments.of("a tar with a symlink entry", tarGzPlugin().symlink("lib", "/etc").bytes()),
                Arguments.of("a tar with a symlink inside the tree", tarGzPlugin().symlink("main.js", "index.js").bytes()),
                Arguments.of("a zip with a symlink entry", zipPlugin().symlink("lib", "/etc").bytes()),
                Arguments.of("a tar with a hard link entry", tarGzPlugin().hardLink("copy.js", "index.js").bytes()),
                Arguments.of("a tar with a character device", tarGzPlugin().special("tty", TarConstants.LF_CHR).bytes()),
                Arguments.of("a tar with a block device", tarGzPlugin().special("disk", TarConstants.LF_BLK).bytes()),
                Arguments.of("a tar with a fifo", tarGzPlugin().special("pipe", TarConstants.LF_FIFO).bytes()),
                Arguments.of("a zip with a character device", zipPlugin().special("tty", 020644).bytes()),
                Arguments.of("a zip with a fifo", zipPlugin().special("pipe", 010644).bytes()),
                Arguments.of("a zip with an encrypted entry", zipPlugin().encrypted("secret.js", "hidden").bytes()),
                Arguments.of("a zip with two entries of one normalized name", zipPlugin().file("./index.js", ENTRY).bytes()),
                Arguments.of("a tar with two entries of one normalized name", tarGzPlugin().file("lib//a.js", "1").file("lib/a.js", "2").bytes()),
                Arguments.of("a tar with a folder named twice", tarGzPlugin().directory("lib").directory("./lib/").bytes()),
                Arguments.of("a tar with a file and a folder of one name", tarGzPlugin().file("lib", "x").directory("lib").bytes()),
                Arguments.of("a zip with a file where a folder is needed", zipPlugin().file("lib", "x").file("lib/a.js", "1").bytes()),
                Arguments.of("a tar with a folder's name taken by a later file", tarGzPlugin().file("lib/a.js", "1").file("lib", "x").bytes()),
                Arguments.of("a truncated zip", truncated(zipPlugin().file("big.js", noise(20_000)).bytes())),
                Arguments.of("a truncated tar.gz", truncated(tarGzPlugin().file("big.js", noise(20_000)).bytes())),
                Arguments.of("a zip whose content was altered", altered(zipPlugin().stored("data.bin", noise(4_000).getBytes(StandardCharsets.UTF_8)).bytes())),
                Arguments.of("a gzip that holds no tar", TestArchives.gzip(noise(2_000).getBytes(StandardCharsets.UTF_8))),
                Arguments.of("a zip signature then garbage", concat(new byte[] {'P', 'K', 3, 4}, noise(100).getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeArchives")
    void anUnsafeOrCorruptArchiveIsAnInvalidPackage(String what, byte[] archive) {
        assertRefused(ErrorCode.INVALID_PACKAGE, archive);
    }

    // --- caps (413), counted on bytes actually written ---------------------------------------------

    @Test
    void moreEntriesThanMaxFilesIsTooLarge() {
        PackageLimits fourEntries = new PackageLimits(DEFAULTS.maxBytes(), 4, DEFAULTS.maxDepth(), DEFAULTS.maxArchiveBytes(), DEFAULTS.maxRatio());

        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, zipPlugin().file("a", "").file("b", "").file("c", "").bytes(), fourEntries);
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, tarGzPlugin().file("lib/a", "").file("lib/b", "").bytes(), fourEntries);
    }

    @Test
    void moreContentThanMaxBytesIsTooLarge() {
        PackageLimits kibibyte = new PackageLimits(1024, DEFAULTS.maxFiles(), DEFAULTS.maxDepth(), DEFAULTS.maxArchiveBytes(), DEFAULTS.maxRatio());

        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, zipPlugin().file("big.js", "x".repeat(1024)).bytes(), kibibyte);
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, tarGzPlugin().file("big.js", "x".repeat(1024)).bytes(), kibibyte);
    }

    @Test
    void declaredSizesAreNotTrustedOnlyWrittenBytesCount() {
        PackageLimits kibibyte = new PackageLimits(1024, DEFAULTS.maxFiles(), DEFAULTS.maxDepth(), DEFAULTS.maxArchiveBytes(), DEFAULTS.maxRatio());
        byte[] lying = zip().file("plugin.json", MANIFEST).file("big.js", "x".repeat(2048)).declaringOneBytePerEntry().bytes();

        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, lying, kibibyte);
    }

    @Test
    void foldersDeeperThanMaxDepthAreTooLarge() throws IOException {
        PackageLimits threeLevels = new PackageLimits(DEFAULTS.maxBytes(), DEFAULTS.maxFiles(), 3, DEFAULTS.maxArchiveBytes(), DEFAULTS.maxRatio());

        assertEquals(staging, archives().extract(zipPlugin().file("a/b/c/ok.js", "").bytes(), staging, threeLevels));
        emptyStaging();
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, zipPlugin().file("a/b/c/d/deep.js", "").bytes(), threeLevels);
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, tarGzPlugin().directory("a/b/c/d").bytes(), threeLevels);
    }

    @Test
    void aPathOfMoreThan1024BytesIsTooLarge() {
        String segment = "x".repeat(200) + "/";

        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, tarGzPlugin().paxLongNames().file(segment.repeat(6) + "long-name.js", "").bytes());
    }

    @Test
    void anArchiveLargerThanMaxArchiveBytesIsTooLarge() {
        byte[] archive = zipPlugin().bytes();
        PackageLimits small = new PackageLimits(DEFAULTS.maxBytes(), DEFAULTS.maxFiles(), DEFAULTS.maxDepth(), archive.length - 1, DEFAULTS.maxRatio());

        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, archive, small);
    }

    @Test
    void aZipOfAbout100KibInflatingTo100MibCrossesTheRatio() {
        byte[] bomb = zeros("plugin-data.bin", 100 * 1024 * 1024);

        assertTrue(bomb.length < 200 * 1024, "the vector is small: " + bomb.length);
        assertRefused(ErrorCode.PAYLOAD_TOO_LARGE, bomb);
    }

    @Test
    void theRatioIsOnlyCheckedOnceOneMebibyteIsWritten() throws IOException {
        int size = 1024 * 1024 - 1024;
        byte[] archive = zipPlugin().file("zeros.bin", new byte[size], 0100644).bytes();

        assertTrue(archive.length * (long) DEFAULTS.maxRatio() < size, "the ratio alone would refuse it");
        assertEquals(staging, archives().extract(archive, staging, DEFAULTS));
        assertEquals(size, Files.size(staging.resolve("zeros.bin")));
    }

    // --- the caller's side of the contract ------------------------------------------------------------

    @Test
    void aStagingFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Files.writeString(staging.resolve("keep.txt"), "mine");

        assertThrows(IllegalArgumentException.class, () -> archives().extract(zipPlugin().bytes(), staging, DEFAULTS));
        assertEquals("mine", Files.readString(staging.resolve("keep.txt")));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private void assertRefused(ErrorCode code, byte[] archive) {
        assertRefused(code, archive, DEFAULTS);
    }

    private void assertRefused(ErrorCode code, byte[] archive, PackageLimits limits) {
        DomainException refusal = assertThrows(DomainException.class, () -> archives().extract(archive, staging, limits));
        assertEquals(code, refusal.code(), refusal.getMessage());
        assertTrue(!refusal.getMessage().contains(pluginsRoot.toString()), "no absolute path: " + refusal.getMessage());
        assertEquals(before, snapshot(pluginsRoot), "the plugins root holds what it held before");
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertMode(String mode, Path path) throws IOException {
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)), path.toString());
    }

    /** Every path under {@code root} with its size (folders: -1). */
    private static TreeMap<String, String> snapshot(Path root) {
        TreeMap<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                try {
                    entries.put(root.relativize(path).toString(), Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                            ? "folder" : Files.readString(path, StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private void emptyStaging() throws IOException {
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
        Files.createDirectory(staging);
    }

    /** A zip (java.util.zip, maximum compression) of the manifest and {@code size} zero bytes. */
    private static byte[] zeros(String name, int size) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putNextEntry(new ZipEntry("plugin.json"));
            out.write(MANIFEST.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1024 * 1024];
            for (int written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String noise(int length) {
        StringBuilder text = new StringBuilder(length);
        long seed = 42;
        while (text.length() < length) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            text.append((char) ('!' + (int) ((seed >>> 33) % 90)));
        }
        return text.toString();
    }

    private static byte[] truncated(byte[] archive) {
        return Arrays.copyOf(archive, archive.length / 2);
    }

    /** The archive with one byte in the middle of its stored data changed. */
    private static byte[] altered(byte[] archive) {
        byte[] copy = archive.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
