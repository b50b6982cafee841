package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;

/** A body in a supported Content-Encoding that does not decompress is the client's mistake, not the server's. */
@Singleton
final class CorruptBodyHandler implements ExceptionHandler<DecompressionException, HttpResponse<ErrorResponse>> {

    static final String MESSAGE = "The request body could not be decompressed as its Content-Encoding says";

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, DecompressionException exception) {
        return ApiErrors.response(ErrorCode.INVALID_REQUEST, MESSAGE);
    }
}
