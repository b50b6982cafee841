package dev.plugbay.domain.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What the property tests demand of the domain's answer to any input: it comes within a deadline, on
 * a thread with a small stack, and it is either a result or one of the domain's own exceptions with a
 * bounded message and bounded violations. Anything else (a StackOverflowError, an
 * ArithmeticException, a NumberFormatException, an IllegalArgumentException...) fails the test.
 */
final class BoundedWork {

    /** Generous: a try takes milliseconds; quadratic work on a megabyte took tens of seconds. */
    static final Duration PER_TRY = Duration.ofSeconds(10);
    /** The stack of a thread that answers requests is small (Netty's event loops: the JVM default). */
    static final long WORKER_STACK_BYTES = 512 * 1024;

    private BoundedWork() {
    }

    /**
     * Runs {@code work} on a worker thread as described above: its (non-null) result, or empty when
     * the input was refused with a domain exception, whose bounds are asserted.
     */
    static <T> Optional<T> answer(Supplier<T> work) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                outcome.set(Objects.requireNonNull(work.get(), "the work's result"));
            } catch (Throwable thrown) {
                outcome.set(thrown);
            }
        }, "hostile-input", WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(PER_TRY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return fail(interrupted);
        }
        Object result = outcome.get();
        if (result == null) {
            return fail("no answer within " + PER_TRY);
        }
        if (result instanceof DomainException refused) {
            assertTrue(refused.getMessage().length() <= MessageBounds.MAX_MESSAGE_LENGTH, refused.getMessage());
            assertBounded(refused.violations());
            return Optional.empty();
        }
        if (result instanceof Throwable other) {
            return fail("not a domain exception: " + other, other);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return Optional.of(value);
    }

    /** {@link #answer} for work without a result: whether it completed rather than being refused. */
    static boolean completes(Runnable work) {
        return answer(() -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    static void assertBounded(List<Violation> violations) {
        assertTrue(violations.size() <= MessageBounds.MAX_VIOLATIONS + 1, violations.size() + " violations");
        violations.forEach(BoundedWork::assertBounded);
    }

    static void assertBounded(Violation violation) {
        assertTrue(violation.location().length() <= MessageBounds.MAX_LOCATION_LENGTH, violation.location());
        assertTrue(violation.message().length() <= MessageBounds.MAX_MESSAGE_LENGTH, violation.message());
    }
}
