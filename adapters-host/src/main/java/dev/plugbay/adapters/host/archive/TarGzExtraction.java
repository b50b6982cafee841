package dev.plugbay.adapters.host.archive;

import dev.plugbay.domain.error.InvalidPackageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts a gzip-compressed tar as a stream, entry by entry. The entry type comes from the header's
 * link flag, not from the library's {@code isFile()} (which calls anything that is not a folder a
 * file); only files and folders are extracted. Pax and GNU long names are applied by the library;
 * what it may consume between two entries is capped by a {@link HeaderBudget}. Concatenated gzip
 * members are read as one stream, as {@code tar} does; header checksums are checked.
 */
final class TarGzExtraction {

    /** Headers, pax records and long names of one entry: far more than any real archive needs. */
    static final long HEADER_BUDGET_BYTES = 1024 * 1024;
    private static final int OWNER_EXECUTE = 0100;

    private TarGzExtraction() {
    }

    static void extract(byte[] archive, StagingWriter writer) {
        HeaderBudget budget = new HeaderBudget(gunzip(archive));
        TarArchiveInputStream tar = new TarArchiveInputStream(budget, StandardCharsets.UTF_8.name());
        TarArchiveEntry entry;
        while ((entry = next(tar, budget)) != null) {
            extract(entry, tar, writer);
        }
    }

    private static InputStream gunzip(byte[] archive) {
        try {
            return GzipCompressorInputStream.builder().setInputStream(new ByteArrayInputStream(archive))
                    .setDecompressConcatenated(true).get();
        } catch (IOException | RuntimeException unreadable) {
            throw ArchiveFormat.corrupt("the gzip stream cannot be read");
        }
    }

    private static TarArchiveEntry next(TarArchiveInputStream tar, HeaderBudget budget) {
        budget.limitTo(HEADER_BUDGET_BYTES);
        try {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry != null && !entry.isCheckSumOK()) {
                throw ArchiveFormat.corrupt("a tar header does not match its checksum");
            }
            return entry;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidPackageException refusal) {
                throw refusal;
            }
            throw budget.exceeded()
                    ? new InvalidPackageException("Unsupported archive: more than " + HEADER_BUDGET_BYTES
                            + " bytes of tar headers before one entry")
                    : ArchiveFormat.corrupt("the tar stream cannot be read");
        } finally {
            budget.lift();
        }
    }

    private static void extract(TarArchiveEntry entry, TarArchiveInputStream tar, StagingWriter writer) {
        String rawName = entry.getName();
        EntryName name = EntryName.parse(rawName);
        if (entry.isSparse()) {
            throw EntryName.unsafe(rawName, "a sparse file");
        }
        switch (entry.getLinkFlag()) {
            case TarConstants.LF_DIR -> writer.folder(name, rawName);
            case TarConstants.LF_OLDNORM, TarConstants.LF_NORMAL, TarConstants.LF_CONTIG -> {
                if (rawName.endsWith("/")) {
                    writer.folder(name, rawName);
                } else {
                    writer.file(name, rawName, tar, (entry.getMode() & OWNER_EXECUTE) != 0);
                }
            }
            case TarConstants.LF_SYMLINK -> throw EntryName.unsafe(rawName, "a symbolic link");
            case TarConstants.LF_LINK -> throw EntryName.unsafe(rawName, "a hard link");
            case TarConstants.LF_CHR, TarConstants.LF_BLK -> throw EntryName.unsafe(rawName, "a device file");
            case TarConstants.LF_FIFO -> throw EntryName.unsafe(rawName, "a fifo");
            default -> throw EntryName.unsafe(rawName, "an entry of tar type '" + (char) entry.getLinkFlag() + "'");
        }
    }
}
