package dev.plugbay.adapters.rest.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.domain.registry.Proposal;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/**
 * What was proposed to the registry (GitHub or a directory) with a change: {@code pull_request}, {@code commit}
 * or {@code none}, with the link when there is one and a sentence that says why when there is none.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProposalView(String kind, String url, String note) {

    static ProposalView of(Proposal proposal) {
        return new ProposalView(proposal.kind().name().toLowerCase(Locale.ROOT), proposal.url().orElse(null),
                proposal.note());
    }
}
