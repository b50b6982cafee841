package dev.plugbay.adapters.rest.request;

import dev.plugbay.adapters.rest.error.MalformedRequestException;
import dev.plugbay.domain.error.ErrorCode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import java.util.Optional;

/**
 * The framing rules every request must meet before anything acts on it: a well-formed target
 * ({@link RequestTargets}), at most one {@code Authorization} header, and a body the server can read
 * ({@link BodyEncodings}). A request that breaks one is the client's mistake and is answered as such
 * (400 {@code INVALID_REQUEST}, 415 {@code UNSUPPORTED_MEDIA_TYPE}), never as an authentication failure.
 */
public final class RequestFraming {

    static final String TWO_AUTHORIZATIONS = "A request may carry one Authorization header, not several";

    private RequestFraming() {
    }

    public static Optional<MalformedRequestException> problem(HttpRequest request) {
        Optional<String> target = RequestTargets.problem(request.uri());
        if (target.isPresent()) {
            return Optional.of(new MalformedRequestException(ErrorCode.INVALID_REQUEST, target.get()));
        }
        HttpHeaders headers = request.headers();
        if (headers.getAll(HttpHeaderNames.AUTHORIZATION).size() > 1) {
            return Optional.of(new MalformedRequestException(ErrorCode.INVALID_REQUEST, TWO_AUTHORIZATIONS));
        }
        return BodyEncodings.problem(headers.getAll(HttpHeaderNames.CONTENT_TYPE), headers.getAll(HttpHeaderNames.CONTENT_ENCODING))
                .map(problem -> new MalformedRequestException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, problem));
    }
}
