package dev.plugbay.adapters.host.archive;

import static dev.plugbay.contracts.testing.TestArchives.MANIFEST;
import static dev.plugbay.contracts.testing.TestArchives.gzip;
import static dev.plugbay.contracts.testing.TestArchives.tarGzPlugin;
import static dev.plugbay.contracts.testing.TestArchives.zipPlugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginArchives;
import dev.plugbay.contracts.host.PluginArchivesContract;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defenses this adapter adds on top of Commons Compress, beyond the port's contract: zips whose
 * local headers and central directory disagree, overlapping entries, unsupported methods; tar headers
 * that would be kept in memory or inflated without bound; concatenated gzip members.
 */
class ArchiveExtractorTest {

    @TempDir
    Path pluginsRoot;

    private Path staging;
    private final ArchiveExtractor extractor = new ArchiveExtractor();

    @BeforeEach
    void stage() throws IOException {
        staging = Files.createDirectory(pluginsRoot.resolve(".staging-test"));
    }

    @Test
    void aLocalHeaderNamingAnotherFileThanTheCentralDirectoryIsRefused() {
        byte[] zip = zipPlugin().file("safe.js", "1").bytes();
        int local = indexOf(zip, "safe.js".getBytes(StandardCharsets.UTF_8), 0);
        zip[local] = 'e';

        assertRefused(ErrorCode.INVALID_PACKAGE, "disagrees with the central directory", zip);
    }

    @Test
    void entriesWhoseDataOverlapAreRefused() {
        byte[] inner = concat(localHeader("b.js", bytes("bbbb")), bytes("bbbb"));
        byte[] outer = localHeader("a.js", inner);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(outer);
        zip.writeBytes(inner);
        int directory = zip.size();
        zip.writeBytes(centralRecord("a.js", inner, 0));
        zip.writeBytes(centralRecord("b.js", bytes("bbbb"), outer.length));
        zip.writeBytes(endOfDirectory(2, zip.size() - directory, directory));

        assertRefused(ErrorCode.INVALID_PACKAGE, "overlap", zip.toByteArray());
    }

    @Test
    void aCentralDirectoryOfMoreRecordsThanMaxFilesIsRefusedBeforeItIsParsed() throws IOException {
        byte[] local = concat(localHeader("a.js", bytes("a")), bytes("a"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(local);
        for (int i = 0; i < 3; i++) {
            zip.writeBytes(centralRecord("a.js", bytes("a"), 0));
        }
        zip.writeBytes(endOfDirectory(3, zip.size() - local.length, local.length));
        PackageLimits twoEntries = new PackageLimits(1024, 2, 4, 1024 * 1024, 100);

        DomainException refusal = assertThrows(DomainException.class, () -> extractor.extract(zip.toByteArray(), staging, twoEntries));

        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, refusal.code(), refusal.getMessage());
        Files.createDirectory(staging);
        assertRefused(ErrorCode.INVALID_PACKAGE, "overlap", zip.toByteArray());
    }

    @Test
    void onlyStoredAndDeflatedEntriesAreRead() {
        byte[] zip = zipPlugin().file("packed.js", "x".repeat(100)).bytes();
        for (int at : new int[] {indexOf(zip, bytes("PK\u0003\u0004"), 1), centralRecordOf(zip, "packed.js")}) {
            zip[at + (zip[at + 2] == 3 ? 8 : 10)] = 12;
        }

        assertRefused(ErrorCode.INVALID_PACKAGE, "compression method 12", zip);
    }

    @Test
    void aZipWithoutUnixModesGivesPlainFiles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("plugin.json"));
            zip.write(bytes(MANIFEST));
            zip.putNextEntry(new ZipEntry("lib/index.js"));
            zip.write(bytes("// made by java.util.zip"));
        }

        Path root = extractor.extract(bytes.toByteArray(), staging, PackageLimits.DEFAULTS);

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("lib/index.js"))));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("lib"))));
    }

    @Test
    void aPaxHeaderOfMoreThanAMebibyteIsRefusedBeforeTheLibraryKeepsItInMemory() {
        String record = " comment=" + "x".repeat(2 * 1024 * 1024) + "\n";
        int length = record.length() + String.valueOf(record.length()).length();
        byte[] tar = tar(paxHeader(length + record), file("plugin.json", MANIFEST));

        assertRefused(ErrorCode.INVALID_PACKAGE, "tar headers", gzip(tar));
    }

    @Test
    void aGnuLongNameOfMoreThanAMebibyteIsRefusedBeforeTheLibraryKeepsItInMemory() {
        TarArchiveEntry longName = new TarArchiveEntry("././@LongLink", TarArchiveEntry.LF_GNUTYPE_LONGNAME, true);
        longName.setSize(2L * 1024 * 1024);
        byte[] name = new byte[2 * 1024 * 1024];
        Arrays.fill(name, (byte) 'a');
        byte[] tar = tar(new Entry(longName, name), file("plugin.json", MANIFEST));

        assertRefused(ErrorCode.INVALID_PACKAGE, "tar headers", gzip(tar));
    }

    @Test
    void aTarHeaderWithAWrongChecksumIsRefused() {
        byte[] tar = tarGzPlugin().tar();
        tar[0] = 'q';

        assertRefused(ErrorCode.INVALID_PACKAGE, "checksum", gzip(tar));
    }

    @Test
    void concatenatedGzipMembersAreOneStream() throws IOException {
        byte[] tar = tarGzPlugin().file("lib/util.js", "// util").tar();
        int half = 1024;
        byte[] twoMembers = concat(gzip(Arrays.copyOfRange(tar, 0, half)), gzip(Arrays.copyOfRange(tar, half, tar.length)));

        Path root = extractor.extract(twoMembers, staging, PackageLimits.DEFAULTS);

        assertEquals("// util", Files.readString(root.resolve("lib/util.js")));
    }

    @Test
    void aStagingFolderThatDoesNotExistIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> extractor.extract(zipPlugin().bytes(), pluginsRoot.resolve("absent"), PackageLimits.DEFAULTS));
        assertFalse(Files.exists(pluginsRoot.resolve("absent")));
    }

    private void assertRefused(ErrorCode code, String reason, byte[] archive) {
        DomainException refusal = assertThrows(DomainException.class,
                () -> extractor.extract(archive, staging, PackageLimits.DEFAULTS));
        assertEquals(code, refusal.code(), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
        assertFalse(Files.exists(staging), "the staging folder is removed");
    }

    // --- hand-made zips and tars ----------------------------------------------------------------------

    private static byte[] localHeader(String name, byte[] storedData) {
        byte[] rawName = bytes(name);
        return ByteBuffer.allocate(30 + rawName.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0).putInt(0)
                .putInt((int) crc(storedData)).putInt(storedData.length).putInt(storedData.length)
                .putShort((short) rawName.length).putShort((short) 0).put(rawName).array();
    }

    private static byte[] centralRecord(String name, byte[] storedData, int localHeaderOffset) {
        byte[] rawName = bytes(name);
        return ByteBuffer.allocate(46 + rawName.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0x02014b50).putShort((short) 10).putShort((short) 10).putShort((short) 0).putShort((short) 0)
                .putInt(0).putInt((int) crc(storedData)).putInt(storedData.length).putInt(storedData.length)
                .putShort((short) rawName.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(localHeaderOffset).put(rawName).array();
    }

    private static byte[] endOfDirectory(int entries, int size, int offset) {
        return ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50).putShort((short) 0)
                .putShort((short) 0).putShort((short) entries).putShort((short) entries).putInt(size).putInt(offset)
                .putShort((short) 0).array();
    }

    private static int centralRecordOf(byte[] zip, String name) {
        int at = -1;
        while ((at = indexOf(zip, bytes("PK\u0001\u0002"), at + 1)) >= 0) {
            if (indexOf(zip, bytes(name), at) == at + 46) {
                return at;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private record Entry(TarArchiveEntry header, byte[] content) {
    }

    private static Entry file(String name, String content) {
        TarArchiveEntry header = new TarArchiveEntry(name);
        header.setSize(bytes(content).length);
        return new Entry(header, bytes(content));
    }

    private static Entry paxHeader(String records) {
        TarArchiveEntry header = new TarArchiveEntry("PaxHeaders/plugin.json", TarArchiveEntry.LF_PAX_EXTENDED_HEADER_LC, true);
        header.setSize(bytes(records).length);
        return new Entry(header, bytes(records));
    }

    private static byte[] tar(Entry... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            for (Entry entry : entries) {
                out.putArchiveEntry(entry.header());
                out.write(entry.content());
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = Math.max(from, 0); i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Nested
    class PluginArchivesPort extends PluginArchivesContract {

        @Override
        protected PluginArchives archives() {
            return new ArchiveExtractor();
        }
    }
}
