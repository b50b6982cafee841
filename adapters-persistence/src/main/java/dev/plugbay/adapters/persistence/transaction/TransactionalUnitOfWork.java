package dev.plugbay.adapters.persistence.transaction;

import dev.plugbay.application.port.out.transaction.UnitOfWork;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * A use case's reads and writes in one database transaction. A nested unit joins the outer one,
 * so only the outermost decides: it commits when the work returns and rolls everything back when
 * it throws (the exception is rethrown as it is).
 */
@Singleton
public class TransactionalUnitOfWork implements UnitOfWork {

    private final Transactions transactions;

    public TransactionalUnitOfWork(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T transactionally(Supplier<T> work) {
        return transactions.write(work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return transactions.read(work);
    }
}
