package dev.plugbay.application.service.authoring;

import dev.plugbay.application.service.authoring.ProposingUnitOfWork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.contracts.memory.InMemoryRegistry;
import dev.plugbay.domain.registry.Proposal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProposingUnitOfWorkTest {

    private final InMemoryRegistry registry = new InMemoryRegistry();

    @Test
    void aProposalWhoseTransactionFailsToCommitIsWithdrawn() {
        UnitOfWork failingCommit = new UnitOfWork() {
            @Override
            public <T> T transactionally(Supplier<T> work) {
                work.get();
                throw new IllegalStateException("commit failed");
            }
        };
        Proposal pullRequest = Proposal.pullRequest("https://github.example/pull/9", "plugbay/add-clock");

        assertThrows(IllegalStateException.class, () -> new ProposingUnitOfWork(failingCommit, registry).run(proposed -> {
            proposed.accept(pullRequest);
            return null;
        }));

        assertEquals(List.of(pullRequest), registry.withdrawn());
    }

    @Test
    void workThatFailsBeforeProposingWithdrawsNothing() {
        UnitOfWork direct = new UnitOfWork() {
            @Override
            public <T> T transactionally(Supplier<T> work) {
                return work.get();
            }
        };

        assertThrows(IllegalStateException.class, () -> new ProposingUnitOfWork(direct, registry).run(proposed -> {
            throw new IllegalStateException("validation failed");
        }));

        assertTrue(registry.withdrawn().isEmpty());
    }
}
