package dev.plugbay.adapters.rest.configuration;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Micronaut's blocking executor as a Reactor scheduler, for the work that leaves the event loop
 * inside a reactive answer (a token verification, a community page read from the database).
 */
@Singleton
public final class BlockingScheduler {

    private final Scheduler scheduler;

    public BlockingScheduler(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.scheduler = Schedulers.fromExecutorService(blocking);
    }

    public Scheduler scheduler() {
        return scheduler;
    }
}
