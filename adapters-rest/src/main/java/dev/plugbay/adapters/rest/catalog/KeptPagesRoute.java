package dev.plugbay.adapters.rest.catalog;

import dev.plugbay.adapters.rest.catalog.CommunityPages.CommunityPage;
import dev.plugbay.adapters.rest.configuration.ConnectionHandlers;
import dev.plugbay.adapters.rest.protection.LimitSettings;
import dev.plugbay.adapters.rest.request.RequestFraming;
import dev.plugbay.adapters.rest.security.VerifiedTokens;
import dev.plugbay.domain.error.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.security.authentication.Authentication;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The community page for a caller whose page is kept ({@link CommunityPages#keptWithoutWaiting}),
 * answered by {@link KeptPagesHandler} as soon as the connection has decoded the request, before the
 * framework routes it, runs its filters and binds its parameters: the answer, its headers and its
 * metric are the ones {@link CatalogController#community} and the filters give. Only a plain request
 * takes this route; the framework answers every other, and every request it cannot answer from
 * memory at once:
 * <ul>
 * <li>a {@code GET} over HTTP/1.1 that keeps its connection open, with no body (a
 *     {@code Content-Length: 0}, as Java's HTTP client sends, is no body), no {@code Origin}
 *     (CORS) and no framing problem ({@link RequestFraming});</li>
 * <li>no {@code Accept-Encoding}, or exactly {@code gzip} (as the Invenicum client sends it): the
 *     framework's compression strategy then decides, as it would, whether the page is sent gzipped
 *     ({@link KeptPageResponses});</li>
 * <li>its path exactly {@link CommunityQuery#PATH} and each query parameter given once, not empty,
 *     and valid;</li>
 * <li>a {@code Bearer} token that {@link VerifiedTokens} verified earlier and that is still valid;</li>
 * <li>no budget for reads ({@code plugbay.limits.reads-per-minute} is 0): the rate limit's filter
 *     spends it.</li>
 * </ul>
 * Each such answer is also counted in {@value #ANSWERS}.
 */
@Singleton
final class KeptPagesRoute implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final String ANSWERS = "plugbay.community.kept.answers";
    private static final String HANDLER_NAME = "plugbay-kept-pages";
    private static final String BEARER = "Bearer ";

    private final CommunityPages pages;
    private final VerifiedTokens tokens;
    private final LimitSettings limits;
    private final KeptPageResponses responses;
    private final MeterRegistry meters;
    private final Map<HttpResponseStatus, Timer> serverTimers = new ConcurrentHashMap<>();
    private final Counter answers;

    /**
     * @param meters the application's meter registry, where the framework times its requests (none:
     *               an empty composite, which meters nothing)
     */
    KeptPagesRoute(CommunityPages pages, VerifiedTokens tokens, LimitSettings limits, HttpCompressionStrategy compression,
            @Nullable MeterRegistry meters) {
        this.pages = pages;
        this.tokens = tokens;
        this.limits = limits;
        this.responses = new KeptPageResponses(compression);
        this.meters = meters != null ? meters : new CompositeMeterRegistry();
        this.answers = Counter.builder(ANSWERS)
                .description("Community pages answered from memory as soon as the request was decoded")
                .register(this.meters);
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        ConnectionHandlers.install(event.getBean(), HANDLER_NAME, () -> new KeptPagesHandler(this::answer));
        return event.getBean();
    }

    /** The whole answer to the request when it takes this route; empty to leave it to the framework. */
    Optional<FullHttpResponse> answer(HttpRequest request) {
        long start = System.nanoTime();
        // Other routes are left before the framing check, which the framing guard makes for them anyway.
        if (!request.uri().startsWith(CommunityQuery.PATH) || !plain(request)) {
            return Optional.empty();
        }
        QueryStringDecoder target = new QueryStringDecoder(request.uri());
        if (!target.rawPath().equals(CommunityQuery.PATH)) {
            return Optional.empty();
        }
        Optional<CommunityQuery> query = CommunityQuery.ofPlainParameters(target.parameters());
        Optional<Authentication> caller = bearerToken(request.headers()).flatMap(tokens::kept);
        if (query.isEmpty() || caller.isEmpty()) {
            return Optional.empty();
        }
        Optional<CommunityPage> page;
        try {
            page = pages.keptWithoutWaiting(query.get(), caller.get());
        } catch (DomainException badParameter) {
            return Optional.empty(); // the framework answers it, with the error body of its exception handler
        }
        if (page.isEmpty()) {
            return Optional.empty();
        }
        FullHttpResponse response = responses.of(request, page.get(), CommunityAnswer.of(query.get(), page.get(),
                request.headers().get(HttpHeaderNames.IF_NONE_MATCH)));
        answers.increment();
        serverTimers.computeIfAbsent(response.status(), this::serverTimer)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return Optional.of(response);
    }

    private boolean plain(HttpRequest request) {
        HttpHeaders headers = request.headers();
        return request.method().equals(HttpMethod.GET)
                && request.protocolVersion().equals(HttpVersion.HTTP_1_1)
                && request.decoderResult().isSuccess()
                && HttpUtil.isKeepAlive(request)
                && HttpUtil.getContentLength(request, 0L) == 0
                && !headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
                && !headers.contains(HttpHeaderNames.EXPECT)
                && !headers.contains(HttpHeaderNames.ORIGIN)
                && responses.encodingAnswerable(headers)
                && headers.getAll(HttpHeaderNames.IF_NONE_MATCH).size() <= 1
                && limits.readsPerMinute() == 0
                && RequestFraming.problem(request).isEmpty();
    }

    private static Optional<String> bearerToken(HttpHeaders headers) {
        String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
        return authorization != null && authorization.startsWith(BEARER) && authorization.length() > BEARER.length()
                ? Optional.of(authorization.substring(BEARER.length()))
                : Optional.empty();
    }

    /** The framework's request timer for this route, so that both ways of answering count in one place. */
    private Timer serverTimer(HttpResponseStatus status) {
        return meters.timer("http.server.requests", Tags.of("exception", "none", "method", "GET",
                "status", Integer.toString(status.code()), "uri", CommunityQuery.PATH));
    }
}
