package dev.plugbay.adapters.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.plugbay.adapters.rest.configuration.BlockingScheduler;
import dev.plugbay.contracts.testing.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final String TOKEN = "header.payload.signature";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicBoolean signatureValid = new AtomicBoolean(true);
    private final CountingExecutor blocking = new CountingExecutor();
    private Instant expiry = clock.instant().plus(Duration.ofHours(1));

    private final VerifiedTokens tokens = new VerifiedTokens(
            (token, request) -> {
                verifications.incrementAndGet();
                return signatureValid.get() && clock.instant().isBefore(expiry)
                        ? Optional.<JWT>of(new PlainJWT(new JWTClaimsSet.Builder().subject("alice").build()))
                        : Optional.empty();
            },
            jwt -> Optional.of(Authentication.build("alice", List.of("USER"), Map.of("exp", Date.from(expiry)))),
            clock, new BlockingScheduler(blocking));

    @AfterEach
    void stopExecutor() {
        blocking.shutdownNow();
    }

    @Test
    void aTokenIsVerifiedOnceOnTheBlockingExecutorAndThenAnsweredFromMemory() {
        Authentication first = validate();
        Authentication second = validate();

        assertEquals("alice", first.getName());
        assertSame(first, second);
        assertEquals(1, verifications.get());
        assertEquals(1, blocking.executed.get());
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        signatureValid.set(false);

        assertNull(validate());
        assertNull(validate());
        assertEquals(2, verifications.get());
    }

    @Test
    void aRememberedTokenIsVerifiedAgainOnceItHasExpired() {
        expiry = clock.instant().plusSeconds(60);
        validate();

        clock.advance(Duration.ofSeconds(60));

        assertNull(validate());
        assertEquals(2, verifications.get());
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheLongestTimeAKeySetIsKept() {
        validate();
        clock.advance(VerifiedTokens.LONGEST_KEPT.minusSeconds(1));
        validate();
        assertEquals(1, verifications.get());

        clock.advance(Duration.ofSeconds(1));
        signatureValid.set(false);

        assertNull(validate());
        assertEquals(2, verifications.get());
    }

    private Authentication validate() {
        return Mono.from(tokens.validateToken(TOKEN, HttpRequest.GET("/api/v1/plugins/community"))).block(Duration.ofSeconds(10));
    }

    /** A single-thread executor that counts the tasks it was given. */
    private static final class CountingExecutor extends ThreadPoolExecutor {

        final AtomicInteger executed = new AtomicInteger();

        CountingExecutor() {
            super(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        }

        @Override
        public void execute(Runnable command) {
            executed.incrementAndGet();
            super.execute(command);
        }
    }
}
