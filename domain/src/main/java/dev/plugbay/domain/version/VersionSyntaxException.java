package dev.plugbay.domain.version;

/**
 * A problem found while reading version or range text. It stays inside this package: the public
 * entry points turn it into an {@link dev.plugbay.domain.error.InvalidRequestException} that also
 * names the text being read, so the same rule reads well in a version and in a range.
 */
final class VersionSyntaxException extends RuntimeException {

    VersionSyntaxException(String problem) {
        super(problem, null, false, false);
    }
}
