package dev.plugbay.adapters.rest.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.adapters.rest.error.Problem;
import dev.plugbay.application.port.in.authoring.AuthoringResult;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.catalog.Plugin;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code POST /api/v1/plugins}: the new plugin, its registry proposal and the manifest's warnings. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CreatedPlugin(
        String id,
        String name,
        String author,
        String version,
        String createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String pullRequestUrl,
        ProposalView proposal,
        List<Problem> warnings) {

    static CreatedPlugin of(AuthoringResult result) {
        Plugin plugin = result.plugin();
        Manifest manifest = plugin.current();
        return new CreatedPlugin(plugin.id().value(), manifest.name(), plugin.author().value(),
                manifest.version().toString(), plugin.createdAt().toString(),
                result.proposal().pullRequestUrl().orElse(null), ProposalView.of(result.proposal()),
                Problem.of(result.warnings()));
    }
}
