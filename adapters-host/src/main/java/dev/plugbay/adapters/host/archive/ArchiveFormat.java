package dev.plugbay.adapters.host.archive;

import dev.plugbay.domain.error.InvalidPackageException;

/** The two archive formats a plugin may come in, told apart by their leading bytes only. */
enum ArchiveFormat {

    ZIP(new byte[] {'P', 'K', 3, 4}),
    TAR_GZ(new byte[] {0x1f, (byte) 0x8b});

    private final byte[] magic;

    ArchiveFormat(byte[] magic) {
        this.magic = magic;
    }

    static ArchiveFormat of(byte[] archive) {
        for (ArchiveFormat format : values()) {
            if (format.startsWithMagic(archive)) {
                return format;
            }
        }
        throw new InvalidPackageException("Not a plugin archive: expected a zip or a gzip-compressed tar");
    }

    static InvalidPackageException corrupt(String what) {
        return new InvalidPackageException("Corrupt archive: " + what);
    }

    private boolean startsWithMagic(byte[] archive) {
        if (archive.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (archive[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
