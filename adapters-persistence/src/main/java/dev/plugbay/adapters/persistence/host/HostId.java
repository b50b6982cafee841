package dev.plugbay.adapters.persistence.host;

import java.util.regex.Pattern;

/**
 * The id of the host this instance is (docs/persistence.md "Several instances on one PostgreSQL"):
 * its host plugins, settings, executions and counters are the rows that carry it (V11), so that
 * instances sharing a database each see only their own. Bootstrap wires the one of this instance,
 * from {@code plugbay.host.id} or the id generated in {@code <plugbay.home>/host-id}.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, each a letter, digit, {@code .}, {@code _} or {@code -}
 */
public record HostId(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    public HostId {
        check(value, "a host id");
    }

    /** The host id {@code value} read from {@code source} (a setting, a file), which a refusal names. */
    public static HostId parse(String value, String source) {
        check(value, source);
        return new HostId(value);
    }

    private static void check(String value, String source) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(source + " = '" + value + "': must be 1 to " + MAX_LENGTH
                    + " characters, each a letter (A-Z, a-z), a digit, '.', '_' or '-'");
        }
    }
}
