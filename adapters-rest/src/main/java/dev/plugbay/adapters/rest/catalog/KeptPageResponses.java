package dev.plugbay.adapters.rest.catalog;

import dev.plugbay.adapters.rest.catalog.CommunityPages.CommunityPage;
import dev.plugbay.adapters.rest.error.ApiErrors;
import dev.plugbay.adapters.rest.tracing.RequestIds;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The kept pages' route's answers as Netty writes them, with what the framework and its filters add
 * to {@link CatalogController#community}'s answer: {@code Content-Type}, {@code Date},
 * {@code X-Content-Type-Options}, {@code X-Request-Id}, and gzip when the client asks for exactly
 * {@code gzip} and the framework's compression strategy would compress the page (the page is
 * compressed once, {@link CommunityPage#gzipped}).
 */
final class KeptPageResponses {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpCompressionStrategy compression;
    private volatile HttpDate date = new HttpDate(Long.MIN_VALUE, "");

    KeptPageResponses(HttpCompressionStrategy compression) {
        this.compression = compression;
    }

    /**
     * Whether the request's {@code Accept-Encoding} is answered here as the framework's compressor
     * would answer it: none, or exactly {@code gzip} (which it answers with gzip too). Any other is
     * the framework's to choose.
     */
    boolean encodingAnswerable(HttpHeaders headers) {
        List<String> accepted = headers.getAll(HttpHeaderNames.ACCEPT_ENCODING);
        return accepted.isEmpty() || accepted.size() == 1 && isGzip(accepted.get(0));
    }

    FullHttpResponse of(HttpRequest request, CommunityPage page, CommunityAnswer answer) {
        FullHttpResponse response = answer.notModified()
                ? new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED, Unpooled.EMPTY_BUFFER)
                : new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(answer.body()));
        HttpHeaders headers = response.headers();
        if (!answer.notModified()) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        }
        answer.headers().forEach(headers::set);
        headers.set(HttpHeaderNames.DATE, httpDate());
        headers.set(ApiErrors.NO_SNIFF_HEADER, ApiErrors.NO_SNIFF);
        headers.set(RequestIds.HEADER, RequestIds.of(request.headers().get(RequestIds.HEADER)));
        if (answer.notModified()) {
            return response;
        }
        HttpUtil.setContentLength(response, answer.body().length);
        return gzipWanted(request) && compression.shouldCompress(response) ? gzipped(response, page) : response;
    }

    private boolean gzipWanted(HttpRequest request) {
        String accepted = request.headers().get(HttpHeaderNames.ACCEPT_ENCODING);
        return accepted != null && isGzip(accepted) && compression.isEnabled();
    }

    private static boolean isGzip(String acceptEncoding) {
        return acceptEncoding.strip().equalsIgnoreCase("gzip");
    }

    private FullHttpResponse gzipped(FullHttpResponse response, CommunityPage page) {
        byte[] gzipped = page.gzipped(compression.getCompressionLevel());
        FullHttpResponse compressed = response.replace(Unpooled.wrappedBuffer(gzipped));
        response.release();
        compressed.headers().set(HttpHeaderNames.CONTENT_ENCODING, HttpHeaderValues.GZIP);
        HttpUtil.setContentLength(compressed, gzipped.length);
        return compressed;
    }

    /** The {@code Date} header's value, formatted once a second. */
    private String httpDate() {
        long second = System.currentTimeMillis() / 1000;
        HttpDate current = date;
        if (current.second() != second) {
            current = new HttpDate(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            date = current;
        }
        return current.text();
    }

    private record HttpDate(long second, String text) {
    }
}
