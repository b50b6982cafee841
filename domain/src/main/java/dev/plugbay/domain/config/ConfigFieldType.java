package dev.plugbay.domain.config;

import dev.plugbay.domain.json.WireNamed;
import java.util.Locale;
import java.util.Optional;

/** The type of a config field, as written in a manifest's {@code configSchema}. */
public enum ConfigFieldType implements WireNamed {
    STRING,
    NUMBER,
    BOOLEAN,
    SELECT;

    /** The name used on the wire: {@code string}, {@code number}, {@code boolean} or {@code select}. */
    @Override
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this exact wire name; matching is case-sensitive, so {@code "Number"} is unknown. */
    public static Optional<ConfigFieldType> fromWireName(String wireName) {
        return WireNamed.fromWireName(ConfigFieldType.class, wireName);
    }
}
