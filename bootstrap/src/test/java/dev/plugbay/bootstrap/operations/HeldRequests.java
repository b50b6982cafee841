package dev.plugbay.bootstrap.operations;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A test-only slow route: {@code GET /api/test/held} waits, on a worker thread, until the test lets it
 * go, and logs one line while it is being handled. A test counts the requests inside it.
 * {@code GET /api/v1/test/held} is the same route among the Marketplace API's (under the request timeout).
 */
@Controller("/api")
@Produces(MediaType.TEXT_PLAIN)
@Secured(SecurityRule.IS_ANONYMOUS)
class HeldRequests {

    static final String LOG_LINE = "held request handled";
    private static final Logger LOG = LoggerFactory.getLogger(HeldRequests.class);
    private static final Semaphore ENTERED = new Semaphore(0);
    private static final Semaphore RELEASED = new Semaphore(0);

    @Get("/v1/test/held")
    @ExecuteOn(TaskExecutors.BLOCKING)
    String heldMarketplaceRequest() throws InterruptedException {
        return held();
    }

    @Get("/test/held")
    @ExecuteOn(TaskExecutors.BLOCKING)
    String held() throws InterruptedException {
        ENTERED.release();
        LOG.info(LOG_LINE);
        if (!RELEASED.tryAcquire(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the test never let the held request go");
        }
        return "released";
    }

    /** Waits until {@code count} requests have entered the route (at most a minute); false when they did not. */
    static boolean awaitEntered(int count) throws InterruptedException {
        return ENTERED.tryAcquire(count, 1, TimeUnit.MINUTES);
    }

    static void release(int count) {
        RELEASED.release(count);
    }

    /** Lets the next request through at once. */
    static void releaseAhead() {
        RELEASED.release();
    }
}
