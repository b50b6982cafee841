package dev.plugbay.adapters.rest.configuration;

import io.micronaut.context.annotation.Factory;
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
@Factory
final class BlockingScheduler {

    @Singleton
    @Named(TaskExecutors.BLOCKING)
    Scheduler blockingScheduler(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        return Schedulers.fromExecutorService(blocking);
    }
}
