package dev.plugbay.domain.json;

import java.math.BigDecimal;
import java.util.Objects;

/** A JSON number, kept exact: {@code 1.0} and {@code 1} compare equal through {@link #compareTo}. */
public record JsonNumber(BigDecimal value) implements JsonValue, Comparable<JsonNumber> {

    public JsonNumber {
        Objects.requireNonNull(value, "value");
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    public static JsonNumber of(double value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    @Override
    public int compareTo(JsonNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String typeName() {
        return "number";
    }
}
