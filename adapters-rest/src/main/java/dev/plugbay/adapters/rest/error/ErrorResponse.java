package dev.plugbay.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The body of every failure: {@code {"success": false, "message", "error", "details"?}}.
 *
 * @param message a human sentence, never a stack trace, class name, SQL or file path
 * @param error   the stable code of DOMAIN.md
 * @param details one entry per broken rule; left out when the message says it all
 */
@Serdeable
public record ErrorResponse(
        boolean success,
        String message,
        String error,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Problem> details) {
}
