package dev.plugbay.adapters.rest.host;

import dev.plugbay.domain.error.InvalidRequestException;
import java.util.List;

/** The {@code limit} query parameter of the host routes that list entries (logs, executions). */
final class QueryLimit {

    private QueryLimit() {
    }

    /** The default when absent; else it must be given once, as a whole number from 1 to {@code max} (at most 3 digits). */
    static int of(List<String> given, int defaultLimit, int max) {
        if (given.isEmpty()) {
            return defaultLimit;
        }
        String text = given.get(0);
        if (given.size() > 1 || !text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            throw new InvalidRequestException("'limit' must be given once, as an integer from 1 to " + max);
        }
        return Integer.parseInt(text);
    }
}
