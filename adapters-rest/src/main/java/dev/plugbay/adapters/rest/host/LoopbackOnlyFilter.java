package dev.plugbay.adapters.rest.host;

import dev.plugbay.adapters.rest.error.ApiErrors;
import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * HOST.md "Access": the host routes answer loopback peers only, judged by the socket's peer
 * address before the token is read. {@code Forwarded}, {@code X-Forwarded-For}, {@code X-Real-IP}
 * and {@code Host} are never looked at. Patterns match whole segments: {@code /api/pluginsx} is not here.
 */
@ServerFilter({"/api/plugins", "/api/plugins/**", "/api/settings"})
final class LoopbackOnlyFilter implements Ordered {

    static final String MESSAGE = "The host plugin routes answer this machine only";

    @RequestFilter
    @Nullable
    HttpResponse<?> requireLoopback(HttpRequest<?> request) {
        return isLoopback(request.getRemoteAddress()) ? null : ApiErrors.response(ErrorCode.LOCAL_ONLY, MESSAGE);
    }

    /** {@code 127.0.0.0/8}, {@code ::1}, and IPv4-mapped {@code 127.0.0.0/8} (which Java reads as IPv4). */
    static boolean isLoopback(InetSocketAddress peer) {
        InetAddress address = peer == null ? null : peer.getAddress();
        return address != null && address.isLoopbackAddress();
    }

    /** Before the security filter, so that a remote peer learns nothing about tokens. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
