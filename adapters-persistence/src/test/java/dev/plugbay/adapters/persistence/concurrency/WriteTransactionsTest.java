package dev.plugbay.adapters.persistence.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.host.JdbcHostPlugins;
import dev.plugbay.adapters.persistence.support.PersistenceAdapter;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.plugin.PluginId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Whether a write transaction waits for another one to end: on H2 every write (a unit of work or a
 * port's own write) runs alone, so that a killed process leaves no half-written transaction (see
 * {@link Transactions}); on PostgreSQL writes run side by side.
 */
abstract class WriteTransactionsTest {

    protected abstract PersistenceAdapter adapter();

    /** Whether a second writer waits for the first one on this database. */
    protected abstract boolean writersWaitForEachOther();

    @Test
    void aSecondWriterWaitsForTheFirstOnlyWhereWritesRunAlone() throws InterruptedException {
        Transactions transactions = adapter().context().getBean(Transactions.class);
        JdbcHostPlugins hostPlugins = adapter().context().getBean(JdbcHostPlugins.class);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        AtomicBoolean secondDone = new AtomicBoolean();

        Thread first = new Thread(() -> transactions.write(() -> {
            firstInside.countDown();
            await(firstMayEnd);
            return null;
        }));
        first.start();
        assertTrue(firstInside.await(30, TimeUnit.SECONDS));

        Thread second = new Thread(() -> {
            hostPlugins.delete(new PluginId("nobody"));
            secondDone.set(true);
        });
        second.start();
        awaitParkedOrDone(second, secondDone);

        assertEquals(!writersWaitForEachOther(), secondDone.get(),
                "the second write ended while the first transaction was still open");
        firstMayEnd.countDown();
        first.join(30_000);
        second.join(30_000);
        assertTrue(secondDone.get());
        assertFalse(first.isAlive());
    }

    /** Until the thread has finished its write or is parked waiting (a lock's queue). */
    private static void awaitParkedOrDone(Thread thread, AtomicBoolean done) throws InterruptedException {
        while (!done.get() && !(thread.getState() == Thread.State.WAITING && waitsOnALock(thread))) {
            Thread.sleep(5);
        }
    }

    private static boolean waitsOnALock(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().startsWith("java.util.concurrent.locks.ReentrantLock")) {
                return true;
            }
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
