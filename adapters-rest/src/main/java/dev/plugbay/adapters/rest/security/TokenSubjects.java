package dev.plugbay.adapters.rest.security;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.user.Username;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A username from a claim value as the JWT library read it: a string, or a whole number (Invenicum's
 * {@code userId}) in its decimal spelling; anything else, or a value breaking the username rule, is none.
 */
final class TokenSubjects {

    private TokenSubjects() {
    }

    static Optional<Username> username(Object claim) {
        Optional<String> text;
        if (claim instanceof String string) {
            text = Optional.of(string);
        } else if (claim instanceof Number number) {
            text = wholeNumber(number);
        } else {
            text = Optional.empty();
        }
        try {
            return text.map(Username::new);
        } catch (InvalidRequestException notAUsername) {
            return Optional.empty();
        }
    }

    private static Optional<String> wholeNumber(Number number) {
        try {
            return Optional.of(new BigDecimal(number.toString()).toBigIntegerExact().toString());
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return Optional.empty();
        }
    }
}
