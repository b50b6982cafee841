package dev.plugbay.domain.host;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The folder a local install reads (HOST.md "Local install" step 1), as the operator wrote it:
 * absolute, 1 to 4,096 bytes, no NUL, no segment that is exactly {@code ..} ({@code /p/a..b} is a
 * name, {@code /p/../q} is refused). {@code .} segments and repeated slashes are dropped; {@code ~}
 * is an ordinary character. Whether the folder exists is the file system's question, not this one's.
 *
 * @param value the normalized absolute path
 */
public record LocalPath(String value) {

    public static final int MAX_BYTES = 4096;

    public LocalPath {
        Objects.requireNonNull(value, "value");
        if (!value.equals(normalize(value))) {
            throw new IllegalArgumentException("not a normalized local path: " + value);
        }
    }

    /** @throws dev.plugbay.domain.error.InvalidRequestException naming the field {@code path} when a rule is broken */
    public static LocalPath parse(String raw) {
        return new LocalPath(normalize(raw));
    }

    private static String normalize(String raw) {
        int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_BYTES) {
            throw FolderRefusals.path("path must be 1 to " + MAX_BYTES + " bytes long");
        }
        if (!raw.startsWith("/")) {
            throw FolderRefusals.path("path must be absolute (start with '/')");
        }
        if (raw.indexOf('\0') >= 0) {
            throw FolderRefusals.path("path must not contain NUL");
        }
        List<String> kept = new ArrayList<>();
        for (String segment : raw.split("/")) {
            if (segment.equals("..")) {
                throw FolderRefusals.path("path must not contain a '..' segment");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                kept.add(segment);
            }
        }
        return "/" + String.join("/", kept);
    }

    @Override
    public String toString() {
        return value;
    }
}
