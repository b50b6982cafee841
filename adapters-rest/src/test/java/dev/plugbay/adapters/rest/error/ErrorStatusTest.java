package dev.plugbay.adapters.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.error.ErrorCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code-to-status table of DOMAIN.md, row by row, and no code left out of it. */
class ErrorStatusTest {

    @ParameterizedTest
    @CsvSource({
        "INVALID_REQUEST, 400", "INVALID_MANIFEST, 400", "INVALID_STAC, 400", "INVALID_CONFIG, 400",
        "URL_NOT_ALLOWED, 400", "INTEGRITY_MISMATCH, 400", "INVALID_PACKAGE, 400",
        "UNAUTHORIZED, 401", "PERMISSION_DENIED, 403", "LOCAL_ONLY, 403",
        "PLUGIN_NOT_FOUND, 404", "ROUTE_NOT_FOUND, 404", "ACTION_NOT_FOUND, 404", "METHOD_NOT_ALLOWED, 405",
        "ALREADY_INSTALLED, 409", "ALREADY_EXISTS, 409", "VERSION_CONFLICT, 409", "ILLEGAL_TRANSITION, 409",
        "PLUGIN_INACTIVE, 409", "ENFORCEMENT_UNAVAILABLE, 409",
        "PAYLOAD_TOO_LARGE, 413", "URI_TOO_LONG, 414", "UNSUPPORTED_MEDIA_TYPE, 415", "RATE_LIMITED, 429",
        "HEADERS_TOO_LARGE, 431",
        "INTERNAL_ERROR, 500", "UPSTREAM_UNAVAILABLE, 502", "PLUGIN_ERROR, 502",
        "PLUGIN_UNAVAILABLE, 503", "OVERLOADED, 503", "PLUGIN_TIMEOUT, 504"
    })
    void eachCodeAnswersTheStatusOfTheTable(ErrorCode code, int status) {
        assertEquals(status, ErrorStatus.of(code).getCode());
    }

    @Test
    void theTableAboveNamesEveryCode() throws NoSuchMethodException {
        CsvSource table = ErrorStatusTest.class
                .getDeclaredMethod("eachCodeAnswersTheStatusOfTheTable", ErrorCode.class, int.class)
                .getAnnotation(CsvSource.class);
        Set<ErrorCode> tabled = Arrays.stream(table.value())
                .map(row -> ErrorCode.valueOf(row.split(",")[0].trim()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorCode.class)));

        assertEquals(EnumSet.allOf(ErrorCode.class), tabled);
    }
}
