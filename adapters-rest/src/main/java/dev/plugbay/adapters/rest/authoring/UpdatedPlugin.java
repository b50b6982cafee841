package dev.plugbay.adapters.rest.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.adapters.rest.error.Problem;
import dev.plugbay.application.port.in.authoring.AuthoringResult;
import dev.plugbay.domain.catalog.Plugin;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code PUT /api/v1/plugins/{id}}: the new release, its registry proposal and the manifest's warnings. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record UpdatedPlugin(
        String id,
        String version,
        String updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String pullRequestUrl,
        ProposalView proposal,
        List<Problem> warnings) {

    static UpdatedPlugin of(AuthoringResult result) {
        Plugin plugin = result.plugin();
        return new UpdatedPlugin(plugin.id().value(), plugin.highestRelease().version().toString(),
                plugin.updatedAt().toString(), result.proposal().pullRequestUrl().orElse(null),
                ProposalView.of(result.proposal()), Problem.of(result.warnings()));
    }
}
