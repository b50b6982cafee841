package dev.plugbay.contracts.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Builds zip and gzip-compressed tar archives in memory, hostile ones included: names, entry types
 * and modes are written exactly as given, so a test can say what a bad archive holds.
 */
public final class TestArchives {

    public static final String MANIFEST = """
            {"id": "hello", "name": "Hello", "version": "1.0.0", "author": "alice",
             "main": "index.js", "hooks": {"onRequest": true}}""";
    public static final String ENTRY = "module.exports = { onRequest: () => null };\n";

    private TestArchives() {
    }

    public static ZipBuilder zip() {
        return new ZipBuilder();
    }

    public static TarBuilder tarGz() {
        return new TarBuilder();
    }

    /** A zip whose top level is a small valid plugin. */
    public static ZipBuilder zipPlugin() {
        return zip().file("plugin.json", MANIFEST).file("index.js", ENTRY);
    }

    /** A gzip-compressed tar whose top level is a small valid plugin. */
    public static TarBuilder tarGzPlugin() {
        return tarGz().file("plugin.json", MANIFEST).file("index.js", ENTRY);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Zip entries; a mode is a full Unix mode with its type bits, as zip stores it. */
    public static final class ZipBuilder {

        private record Entry(byte[] rawName, byte[] content, int unixMode, int method, boolean encrypted) {
        }

        private final List<Entry> entries = new ArrayList<>();
        private boolean declareOneByte;

        public ZipBuilder file(String name, String content) {
            return file(name, utf8(content), 0100644);
        }

        public ZipBuilder file(String name, byte[] content, int unixMode) {
            return add(utf8(name), content, unixMode, ZipArchiveEntry.DEFLATED, false);
        }

        public ZipBuilder stored(String name, byte[] content) {
            return add(utf8(name), content, 0100644, ZipArchiveEntry.STORED, false);
        }

        /** An entry whose name is these bytes, whatever their encoding. */
        public ZipBuilder rawName(byte[] name, String content) {
            return add(name, utf8(content), 0100644, ZipArchiveEntry.DEFLATED, false);
        }

        public ZipBuilder directory(String name) {
            return add(utf8(name.endsWith("/") ? name : name + "/"), new byte[0], 040755, ZipArchiveEntry.STORED, false);
        }

        public ZipBuilder symlink(String name, String target) {
            return add(utf8(name), utf8(target), 0120777, ZipArchiveEntry.STORED, false);
        }

        /** An entry of another Unix type, such as {@code 020644} (a character device) or {@code 010644} (a fifo). */
        public ZipBuilder special(String name, int unixMode) {
            return add(utf8(name), new byte[0], unixMode, ZipArchiveEntry.STORED, false);
        }

        public ZipBuilder encrypted(String name, String content) {
            return add(utf8(name), utf8(content), 0100644, ZipArchiveEntry.STORED, true);
        }

        /** Every local header and central directory record then claims one uncompressed byte. */
        public ZipBuilder declaringOneBytePerEntry() {
            declareOneByte = true;
            return this;
        }

        private ZipBuilder add(byte[] rawName, byte[] content, int unixMode, int method, boolean encrypted) {
            entries.add(new Entry(rawName, content, unixMode, method, encrypted));
            return this;
        }

        public byte[] bytes() {
            SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(channel)) {
                // Latin-1 maps each byte to one character and back, so each name is written as its raw bytes.
                out.setEncoding(StandardCharsets.ISO_8859_1.name());
                out.setUseLanguageEncodingFlag(false);
                for (Entry entry : entries) {
                    ZipArchiveEntry zipEntry = new UnixEntry(new String(entry.rawName(), StandardCharsets.ISO_8859_1), entry.unixMode());
                    zipEntry.setMethod(entry.method());
                    if (entry.method() == ZipArchiveEntry.STORED) {
                        CRC32 crc = new CRC32();
                        crc.update(entry.content());
                        zipEntry.setSize(entry.content().length);
                        zipEntry.setCrc(crc.getValue());
                    }
                    out.putArchiveEntry(zipEntry);
                    out.write(entry.content());
                    out.closeArchiveEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] zip = Arrays.copyOf(channel.array(), (int) channel.size());
            patchHeaders(zip);
            return zip;
        }

        /**
         * What the library refuses to write, set afterwards in both headers of an entry: the encryption
         * flag, and an uncompressed size that lies.
         */
        private void patchHeaders(byte[] zip) {
            for (int i = 0; i + 4 <= zip.length; i++) {
                if (signature(zip, i, 0x03, 0x04)) {
                    patchHeader(zip, i, 6, 22, 26, 30);
                } else if (signature(zip, i, 0x01, 0x02)) {
                    patchHeader(zip, i, 8, 24, 28, 46);
                }
            }
        }

        private void patchHeader(byte[] zip, int header, int flags, int size, int nameLength, int name) {
            int length = (zip[header + nameLength] & 0xff) | (zip[header + nameLength + 1] & 0xff) << 8;
            byte[] rawName = Arrays.copyOfRange(zip, header + name, header + name + length);
            if (entries.stream().anyMatch(entry -> entry.encrypted() && Arrays.equals(entry.rawName(), rawName))) {
                zip[header + flags] |= 1;
            }
            if (declareOneByte) {
                littleEndian(zip, header + size, 1);
            }
        }

        /** An entry made on Unix from the start: the library turns backslashes into slashes in other entries' names. */
        private static final class UnixEntry extends ZipArchiveEntry {

            UnixEntry(String name, int unixMode) {
                super(name);
                setUnixMode(unixMode);
                setName(name);
            }
        }

        private static boolean signature(byte[] zip, int at, int third, int fourth) {
            return zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == third && zip[at + 3] == fourth;
        }

        private static void littleEndian(byte[] zip, int at, int value) {
            for (int i = 0; i < 4; i++) {
                zip[at + i] = (byte) (value >>> (8 * i));
            }
        }
    }

    /** Tar entries; a mode is the permission bits only (tar stores the type in the link flag). */
    public static final class TarBuilder {

        /** One fixed time for every entry, so the same builder gives the same bytes (and sha256) on every build. */
        private static final Date BUILT_AT = Date.from(Instant.parse("2026-01-01T00:00:00Z"));

        private final List<TarArchiveEntry> entries = new ArrayList<>();
        private final List<byte[]> contents = new ArrayList<>();
        private int longFileMode = TarArchiveOutputStream.LONGFILE_ERROR;

        public TarBuilder file(String name, String content) {
            return file(name, utf8(content), 0644);
        }

        public TarBuilder file(String name, byte[] content, int mode) {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setMode(mode);
            entry.setSize(content.length);
            return add(entry, content);
        }

        public TarBuilder directory(String name, int mode) {
            TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR, true);
            entry.setMode(mode);
            return add(entry, new byte[0]);
        }

        public TarBuilder directory(String name) {
            return directory(name, 0755);
        }

        public TarBuilder symlink(String name, String target) {
            return link(name, target, TarConstants.LF_SYMLINK);
        }

        public TarBuilder hardLink(String name, String target) {
            return link(name, target, TarConstants.LF_LINK);
        }

        /** An entry of this link flag, such as {@link TarConstants#LF_CHR} or {@link TarConstants#LF_FIFO}. */
        public TarBuilder special(String name, byte linkFlag) {
            return add(new TarArchiveEntry(name, linkFlag, true), new byte[0]);
        }

        /** Names over 100 bytes as GNU long-name entries. */
        public TarBuilder gnuLongNames() {
            longFileMode = TarArchiveOutputStream.LONGFILE_GNU;
            return this;
        }

        /** Names over 100 bytes as pax extended headers. */
        public TarBuilder paxLongNames() {
            longFileMode = TarArchiveOutputStream.LONGFILE_POSIX;
            return this;
        }

        private TarBuilder link(String name, String target, byte linkFlag) {
            TarArchiveEntry entry = new TarArchiveEntry(name, linkFlag, true);
            entry.setLinkName(target);
            return add(entry, new byte[0]);
        }

        private TarBuilder add(TarArchiveEntry entry, byte[] content) {
            entry.setModTime(BUILT_AT);
            entries.add(entry);
            contents.add(content);
            return this;
        }

        /** The uncompressed tar. */
        public byte[] tar() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
                out.setLongFileMode(longFileMode);
                for (int i = 0; i < entries.size(); i++) {
                    out.putArchiveEntry(entries.get(i));
                    out.write(contents.get(i));
                    out.closeArchiveEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        public byte[] bytes() {
            return gzip(tar());
        }
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream out = new GzipCompressorOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
