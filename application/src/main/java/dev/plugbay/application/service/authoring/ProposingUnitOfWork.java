package dev.plugbay.application.service.authoring;

import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.domain.registry.Proposal;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Makes a catalog change and its registry proposal happen together or not at all. The proposal
 * is the work's last step inside the transaction, so a failed proposal rolls the catalog back;
 * a transaction that fails after the proposal was made withdraws it.
 */
final class ProposingUnitOfWork {

    private final UnitOfWork unitOfWork;
    private final RegistryPublisher publisher;

    ProposingUnitOfWork(UnitOfWork unitOfWork, RegistryPublisher publisher) {
        this.unitOfWork = unitOfWork;
        this.publisher = publisher;
    }

    /** Runs {@code work}, which reports the proposal it made through the given consumer. */
    <T> T run(Function<Consumer<Proposal>, T> work) {
        AtomicReference<Proposal> made = new AtomicReference<>();
        try {
            return unitOfWork.transactionally(() -> work.apply(made::set));
        } catch (RuntimeException failure) {
            Proposal proposal = made.get();
            if (proposal != null && proposal.wasMade()) {
                publisher.withdraw(proposal);
            }
            throw failure;
        }
    }
}
