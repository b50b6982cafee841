package dev.plugbay.adapters.host.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.apache.commons.compress.archivers.zip.GeneralPurposeBit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Extracts a zip through its central directory, the only complete list of a zip's entries
 * (Commons Compress recommends {@link ZipFile} over the streaming reader, which can return entries
 * the directory does not list and knows no Unix modes). On top of the library:
 * <ul>
 *   <li>the directory is counted before it is parsed, so a hostile one never fills the heap;</li>
 *   <li>each local header must carry the name its directory record carries, and no two entries'
 *       data may overlap, so no other reader sees other files than these and data is never reused;</li>
 *   <li>names are decoded as strict UTF-8 (the library replaces bad bytes), Unicode extra fields
 *       are ignored, only stored and deflated entries are read, and each entry's CRC is checked.</li>
 * </ul>
 */
final class ZipExtraction {

    private static final byte[] CENTRAL_RECORD = {'P', 'K', 1, 2};
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final int LOCAL_HEADER_NAME_LENGTH = 26;
    private static final int LOCAL_HEADER_NAME = 30;

    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int FOLDER = 040000;
    private static final int SYMLINK = 0120000;
    private static final int CHARACTER_DEVICE = 020000;
    private static final int BLOCK_DEVICE = 060000;
    private static final int FIFO = 010000;
    private static final int OWNER_EXECUTE = 0100;

    private ZipExtraction() {
    }

    static void extract(byte[] archive, StagingWriter writer, int maxFiles) {
        if (occurrences(archive, CENTRAL_RECORD) > maxFiles) {
            throw StagingWriter.tooManyEntries(maxFiles);
        }
        try (ZipFile zip = open(archive)) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            checkLayout(archive, entries);
            for (ZipArchiveEntry entry : entries) {
                extract(zip, entry, writer);
            }
        } catch (IOException closing) {
            // Reading is over and everything was checked; an in-memory archive has nothing to release.
        }
    }

    private static ZipFile open(byte[] archive) {
        try {
            return ZipFile.builder().setByteArray(archive).setUseUnicodeExtraFields(false).get();
        } catch (IOException | RuntimeException unreadable) {
            throw ArchiveFormat.corrupt("the zip cannot be read");
        }
    }

    private static void checkLayout(byte[] archive, List<ZipArchiveEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            ZipArchiveEntry entry = entries.get(i);
            if (!localNameMatches(archive, entry)) {
                throw ArchiveFormat.corrupt("the local header of '" + EntryName.shown(entry.getName())
                        + "' disagrees with the central directory");
            }
            if (i + 1 < entries.size()
                    && entry.getDataOffset() + entry.getCompressedSize() > entries.get(i + 1).getLocalHeaderOffset()) {
                throw ArchiveFormat.corrupt("the entries '" + EntryName.shown(entry.getName()) + "' and '"
                        + EntryName.shown(entries.get(i + 1).getName()) + "' overlap");
            }
        }
    }

    private static boolean localNameMatches(byte[] archive, ZipArchiveEntry entry) {
        long header = entry.getLocalHeaderOffset();
        byte[] name = entry.getRawName();
        if (header < 0 || header + LOCAL_HEADER_NAME + name.length > archive.length) {
            return false;
        }
        int at = (int) header;
        int nameLength = (archive[at + LOCAL_HEADER_NAME_LENGTH] & 0xff) | (archive[at + LOCAL_HEADER_NAME_LENGTH + 1] & 0xff) << 8;
        return Arrays.equals(archive, at, at + LOCAL_HEADER.length, LOCAL_HEADER, 0, LOCAL_HEADER.length)
                && nameLength == name.length
                && Arrays.equals(archive, at + LOCAL_HEADER_NAME, at + LOCAL_HEADER_NAME + nameLength, name, 0, name.length);
    }

    private static void extract(ZipFile zip, ZipArchiveEntry entry, StagingWriter writer) {
        String rawName = strictUtf8(entry);
        EntryName name = EntryName.parse(rawName);
        GeneralPurposeBit flags = entry.getGeneralPurposeBit();
        if (flags.usesEncryption() || flags.usesStrongEncryption()) {
            throw EntryName.unsafe(rawName, "an encrypted entry");
        }
        int mode = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() : 0;
        int type = mode & TYPE_MASK;
        if (rawName.endsWith("/") || type == FOLDER) {
            writer.folder(name, rawName);
            return;
        }
        if (type != 0 && type != REGULAR) {
            throw EntryName.unsafe(rawName, typeName(type));
        }
        if (entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED
                || !zip.canReadEntryData(entry)) {
            throw EntryName.unsafe(rawName, "compression method " + entry.getMethod() + " (only stored and deflated are read)");
        }
        CheckedInputStream content = new CheckedInputStream(open(zip, entry, rawName), new CRC32());
        writer.file(name, rawName, content, (mode & OWNER_EXECUTE) != 0);
        if (content.getChecksum().getValue() != entry.getCrc()) {
            throw ArchiveFormat.corrupt("'" + EntryName.shown(rawName) + "' does not match its CRC");
        }
    }

    private static InputStream open(ZipFile zip, ZipArchiveEntry entry, String rawName) {
        try {
            return zip.getInputStream(entry);
        } catch (IOException | RuntimeException unreadable) {
            throw ArchiveFormat.corrupt("'" + EntryName.shown(rawName) + "' cannot be read");
        }
    }

    private static String strictUtf8(ZipArchiveEntry entry) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(entry.getRawName())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw EntryName.unsafe(entry.getName(), "a name that is not valid UTF-8");
        }
    }

    private static String typeName(int type) {
        return switch (type) {
            case SYMLINK -> "a symbolic link";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device file";
            case FIFO -> "a fifo";
            default -> "an entry of Unix type " + Integer.toOctalString(type);
        };
    }

    private static int occurrences(byte[] bytes, byte[] signature) {
        int count = 0;
        for (int i = 0; i + signature.length <= bytes.length; i++) {
            if (bytes[i] == signature[0] && Arrays.equals(bytes, i, i + signature.length, signature, 0, signature.length)) {
                count++;
            }
        }
        return count;
    }
}
