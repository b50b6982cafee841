package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * What the framework answers by itself (no route, wrong method, wrong media type, body too large,
 * a request line or header section too large, a request {@code RequestFramingGuard} refused, a missing
 * body, an exception nobody handled) in the API's error model. An unexpected exception is logged with its stack trace by the framework's
 * route executor; the caller only learns that it happened.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class FrameworkErrorResponses implements ErrorResponseProcessor<ErrorResponse> {

    private final FrameworkErrors errors;

    FrameworkErrorResponses(FrameworkErrors errors) {
        this.errors = errors;
    }

    @Override
    public MutableHttpResponse<ErrorResponse> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Optional<Throwable> refusedByDecoder = decoderFailure(context.getRequest());
        ErrorResponse body = refusedByDecoder.filter(MalformedRequestException.class::isInstance)
                .map(malformed -> ApiErrors.body(((MalformedRequestException) malformed).code(), malformed.getMessage()))
                .orElseGet(() -> errors.bodyFor(statusOf(refusedByDecoder, response.getStatus())));
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ErrorResponse> error = (MutableHttpResponse<ErrorResponse>) response;
        error.status(ErrorStatus.of(ErrorCode.valueOf(body.error())));
        // A request the HTTP decoder refused is answered without running any filter.
        ApiErrors.noSniff(error);
        if (context.getRequest().getMethod() != HttpMethod.HEAD) {
            error.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
        }
        return error;
    }

    /** Why the HTTP decoder (or {@code RequestFramingGuard} in its place) refused the request, if it did. */
    private static Optional<Throwable> decoderFailure(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> netty && netty.getNativeRequest().decoderResult().isFailure()
                ? Optional.of(netty.getNativeRequest().decoderResult().cause())
                : Optional.empty();
    }

    /**
     * The framework answers 413 to every request the HTTP decoder found too long; which part was too
     * long decides the real status: the request line (the URL) 414, the header section 431.
     */
    private static HttpStatus statusOf(Optional<Throwable> refusedByDecoder, HttpStatus status) {
        if (refusedByDecoder.filter(TooLongHttpLineException.class::isInstance).isPresent()) {
            return HttpStatus.REQUEST_URI_TOO_LONG;
        }
        if (refusedByDecoder.filter(TooLongHttpHeaderException.class::isInstance).isPresent()) {
            return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return status;
    }
}
