package dev.plugbay.adapters.host.archive;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.domain.error.InvalidPackageException;
import dev.plugbay.domain.error.PayloadTooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An archive entry's name once checked and normalized: relative, {@code /}-separated, with no empty,
 * {@code .} or {@code ..} segment. The empty name is the archive's top level ({@code ./}).
 */
record EntryName(List<String> segments) {

    /** The longest file name most Linux file systems accept, in bytes. */
    static final int MAX_SEGMENT_BYTES = 255;
    private static final int SHOWN_CHARACTERS = 200;

    EntryName {
        segments = List.copyOf(segments);
    }

    /**
     * Checks {@code name} as the archive gives it and normalizes it.
     *
     * @throws InvalidPackageException an absolute name, a drive letter, a backslash, NUL or another
     *         control character, a replacement character (bytes that were not UTF-8), a {@code ..}
     *         segment, or a segment longer than a file system allows
     * @throws PayloadTooLargeException a path longer than {@link PackageLimits#MAX_PATH_BYTES}
     */
    static EntryName parse(String name) {
        if (name.isEmpty()) {
            throw unsafe(name, "an empty name");
        }
        if (name.indexOf('\0') >= 0) {
            throw unsafe(name, "NUL in the name");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw unsafe(name, "a control character in the name");
        }
        if (name.indexOf('\uFFFD') >= 0) {
            throw unsafe(name, "a name that is not valid UTF-8");
        }
        if (name.indexOf('\\') >= 0) {
            throw unsafe(name, "a backslash in the name");
        }
        if (name.startsWith("/")) {
            throw unsafe(name, "an absolute name");
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            throw unsafe(name, "a drive letter");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw unsafe(name, "a '..' segment");
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                throw unsafe(name, "a name segment longer than " + MAX_SEGMENT_BYTES + " bytes");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        EntryName parsed = new EntryName(segments);
        if (parsed.path().getBytes(StandardCharsets.UTF_8).length > PackageLimits.MAX_PATH_BYTES) {
            throw new PayloadTooLargeException("The archive entry '" + shown(name) + "' has a path longer than "
                    + PackageLimits.MAX_PATH_BYTES + " bytes");
        }
        return parsed;
    }

    boolean isTop() {
        return segments.isEmpty();
    }

    int size() {
        return segments.size();
    }

    /** The first {@code count} segments. */
    EntryName prefix(int count) {
        return new EntryName(segments.subList(0, count));
    }

    /** The relative path, for example {@code lib/util.js}; the top level is {@code ""}. */
    String path() {
        return String.join("/", segments);
    }

    static InvalidPackageException unsafe(String name, String rule) {
        return new InvalidPackageException("Unsafe archive entry '" + shown(name) + "': " + rule);
    }

    /** A name as a message may show it: control characters as {@code ?}, cut after 200 characters. */
    static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(SHOWN_CHARACTERS).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return name.codePointCount(0, name.length()) > SHOWN_CHARACTERS ? shown + "..." : shown.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
