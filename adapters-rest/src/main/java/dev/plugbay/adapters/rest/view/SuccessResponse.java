package dev.plugbay.adapters.rest.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"success": true, "message": ...}}: a change that has nothing else to report. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SuccessResponse(boolean success, String message) {

    public static SuccessResponse of(String message) {
        return new SuccessResponse(true, message);
    }
}
