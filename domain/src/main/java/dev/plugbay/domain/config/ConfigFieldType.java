package dev.plugbay.domain.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The type of a config field, as written in a manifest's {@code configSchema}. */
public enum ConfigFieldType {
    STRING,
    NUMBER,
    BOOLEAN,
    SELECT;

    /** The name used on the wire: {@code string}, {@code number}, {@code boolean} or {@code select}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this exact wire name; matching is case-sensitive, so {@code "Number"} is unknown. */
    public static Optional<ConfigFieldType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(wireName)).findFirst();
    }
}
