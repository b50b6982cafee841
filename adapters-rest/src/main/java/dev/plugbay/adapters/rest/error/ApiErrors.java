package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds the one error response: the status of the code, the JSON body, nothing else. */
public final class ApiErrors {

    public static final String NO_SNIFF_HEADER = "X-Content-Type-Options";
    public static final String NO_SNIFF = "nosniff";

    private ApiErrors() {
    }

    /**
     * Tells browsers never to guess another content type. Every response carries it (a filter adds it);
     * the few that the framework writes without running filters get it here.
     */
    public static void noSniff(MutableHttpResponse<?> response) {
        response.header(NO_SNIFF_HEADER, NO_SNIFF);
    }

    public static MutableHttpResponse<ErrorResponse> response(ErrorCode code, String message) {
        return response(code, message, List.of());
    }

    public static MutableHttpResponse<ErrorResponse> response(ErrorCode code, String message, List<Problem> details) {
        return HttpResponse.<ErrorResponse>status(ErrorStatus.of(code))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorResponse(false, message, code.name(), details));
    }

    static ErrorResponse body(ErrorCode code, String message) {
        return new ErrorResponse(false, message, code.name(), List.of());
    }
}
