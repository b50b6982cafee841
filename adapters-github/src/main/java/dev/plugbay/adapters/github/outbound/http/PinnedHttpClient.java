package dev.plugbay.adapters.github.outbound.http;

import dev.plugbay.adapters.github.outbound.guard.Destination;
import dev.plugbay.adapters.github.outbound.guard.OutboundTarget;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.PayloadTooLargeException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Outbound HTTP/1.1 on Apache HttpClient's classic API, connecting only to the destination's
 * addresses: no DNS lookup of its own, no redirects followed (a 3xx is returned as it is), no
 * retries, cookies, credentials or proxies, a connect and a total time limit, and a body limit at
 * which reading stops. TLS is the library's standard check of the certificate against the URL's host.
 * It reaches only an {@link OutboundTarget}: a URL the guard checked, or an endpoint the operator
 * configured; there is no method that takes a string or a URI.
 *
 * <p>Every exchange builds its own client and single-connection manager around a resolver that
 * knows only that destination's addresses. A shared pooled client would need one resolver for all
 * hosts, and a pooled connection (pools are keyed by host name, not address) could carry a request
 * for a host whose new check chose other addresses; building a client costs little next to the
 * connection that was never reused anyway.
 */
public final class PinnedHttpClient {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;
    /** Fires the total deadline of every exchange by aborting its request, wherever it is blocked. */
    private static final ScheduledExecutorService DEADLINES = deadlines();

    private final Timeouts timeouts;
    private final Lookup<TlsSocketStrategy> tls;
    private final ManagedHttpClientConnectionFactory connections = ManagedHttpClientConnectionFactory.builder()
            .http1Config(Http1Config.custom().setMaxLineLength(MAX_LINE).setMaxHeaderCount(MAX_HEADERS).build())
            .build();

    /** With the JDK's default trust material, loaded on the first HTTPS connection ({@link DefaultTls}). */
    public PinnedHttpClient(Timeouts timeouts) {
        this.timeouts = timeouts;
        this.tls = scheme -> DefaultTls.STRATEGIES.lookup(scheme);
    }

    /** With the trust material of {@code sslContext}; the hostname check stays the library's standard one. */
    public PinnedHttpClient(Timeouts timeouts, SSLContext sslContext) {
        this.timeouts = timeouts;
        this.tls = strategies(sslContext);
    }

    private static Lookup<TlsSocketStrategy> strategies(SSLContext sslContext) {
        return RegistryBuilder.<TlsSocketStrategy>create().register("https", new DefaultClientTlsStrategy(sslContext)).build();
    }

    /**
     * Sends the request to the target and reads the answer. Throws {@code UPSTREAM_UNAVAILABLE} when
     * the target's host does not resolve, the server cannot be reached, fails the TLS check, times out or answers something that is not HTTP, and
     * {@code PAYLOAD_TOO_LARGE} when the body is longer than {@code maxBodyBytes}.
     */
    public OutboundResponse exchange(OutboundTarget target, OutboundRequest request, int maxBodyBytes) {
        Destination destination = target.destination();
        Timer.Sample sample = Timer.start(Metrics.globalRegistry);
        String outcome = OutboundCalls.FAILED;
        try {
            OutboundResponse response = send(destination, request, maxBodyBytes);
            outcome = OutboundCalls.answered(response.status());
            return response;
        } catch (DomainException failure) {
            outcome = failure.code().name();
            throw failure;
        } finally {
            sample.stop(OutboundCalls.timer(destination, outcome));
        }
    }

    private OutboundResponse send(Destination destination, OutboundRequest request, int maxBodyBytes) {
        HttpUriRequestBase outgoing = outgoing(destination, request);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            expired.set(true);
            outgoing.cancel();
        }, timeouts.total().toMillis(), TimeUnit.MILLISECONDS);
        try (CloseableHttpClient client = clientFor(destination);
             ClassicHttpResponse response = client.executeOpen(null, outgoing, null)) {
            return new OutboundResponse(response.getCode(), headers(response), body(destination, outgoing, response, maxBodyBytes));
        } catch (IOException failure) {
            throw unavailable(destination, failure, expired.get());
        } finally {
            deadline.cancel(false);
        }
    }

    /** An aborted request fails with whatever the closed socket threw, so the deadline's own flag says it was time. */
    private static UpstreamUnavailableException unavailable(Destination destination, IOException failure, boolean expired) {
        if (expired || failure instanceof InterruptedIOException) {
            return new UpstreamUnavailableException(destination.authority() + " did not answer in time");
        }
        if (failure instanceof SSLException) {
            return new UpstreamUnavailableException(destination.authority()
                    + " failed the TLS check (no valid certificate for " + destination.host() + ")");
        }
        return new UpstreamUnavailableException(destination.authority() + " could not be reached");
    }

    private static HttpUriRequestBase outgoing(Destination destination, OutboundRequest request) {
        HttpUriRequestBase outgoing = new HttpUriRequestBase(request.method(), URI.create(destination.url(request.target())));
        request.headers().forEach(outgoing::addHeader);
        if (request.body().length > 0 || !request.method().equals("GET")) {
            outgoing.setEntity(new ByteArrayEntity(request.body(), null));
        }
        return outgoing;
    }

    private CloseableHttpClient clientFor(Destination destination) {
        BasicHttpClientConnectionManager connectionManager = BasicHttpClientConnectionManager.create(
                DefaultSchemePortResolver.INSTANCE, new PinnedDnsResolver(destination), tls, connections);
        connectionManager.setConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(Math.min(timeouts.connect().toMillis(), timeouts.total().toMillis()), TimeUnit.MILLISECONDS))
                .setSocketTimeout(Timeout.of(timeouts.total()))
                .build());
        return HttpClients.custom()
                .setConnectionManager(connectionManager)
                // An explicit planner without system properties: no proxy, which would do its own DNS.
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeouts.total())).build())
                .setDefaultCredentialsProvider(new BasicCredentialsProvider())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("plugbay")
                .build();
    }

    private static Map<String, List<String>> headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(header.getValue());
        }
        return headers;
    }

    /**
     * Reads at most {@code max} bytes: a declared length over the limit is refused before reading,
     * any other body stops at the first byte past it. An oversized answer aborts the request, so the
     * library discards the connection instead of reading the rest of the body to reuse it.
     */
    private static byte[] body(Destination destination, HttpUriRequestBase outgoing, ClassicHttpResponse response, int max)
            throws IOException {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > max) {
            outgoing.cancel();
            throw tooLarge(destination, max);
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                outgoing.cancel();
                throw tooLarge(destination, max);
            }
            return body;
        }
    }

    private static PayloadTooLargeException tooLarge(Destination destination, int max) {
        return new PayloadTooLargeException("The answer from " + destination.authority() + " is larger than "
                + max + " bytes");
    }

    /**
     * The JDK's default TLS context, made when this class is first used: on the first HTTPS
     * connection rather than when a client is made, because reading the JDK's trust store takes
     * about a third of a second, which every start paid for the GitHub connection it makes eagerly.
     */
    private static final class DefaultTls {

        static final Lookup<TlsSocketStrategy> STRATEGIES = strategies(defaultTls());

        private static SSLContext defaultTls() {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("the JDK has no default TLS context", impossible);
            }
        }
    }

    private static ScheduledExecutorService deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "plugbay-outbound-deadline");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
