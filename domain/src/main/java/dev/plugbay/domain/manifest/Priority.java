package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.InvalidRequestException;
import java.math.BigDecimal;

/**
 * Where a plugin's handler runs in a hook pipeline: a whole number from 0 to 10,000, lower first.
 * The same rule holds for a manifest's {@code priority} and for the one a plugin process announces.
 */
public record Priority(int value) implements Comparable<Priority> {

    public static final int MAX = 10_000;
    public static final Priority DEFAULT = new Priority(100);

    public Priority {
        if (value < 0 || value > MAX) {
            throw outOfRange(String.valueOf(value));
        }
    }

    /** Reads a JSON number: {@code 5} and {@code 5.0} are 5, {@code 5.5} and {@code -1} are refused. */
    public static Priority of(BigDecimal number) {
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(MAX)) > 0
                || number.stripTrailingZeros().scale() > 0) {
            throw outOfRange(number.toString());
        }
        return new Priority(number.intValueExact());
    }

    @Override
    public int compareTo(Priority other) {
        return Integer.compare(value, other.value);
    }

    private static InvalidRequestException outOfRange(String given) {
        return new InvalidRequestException("A priority must be a whole number from 0 to 10,000, not " + given);
    }
}
