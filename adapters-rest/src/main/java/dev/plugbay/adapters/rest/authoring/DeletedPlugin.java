package dev.plugbay.adapters.rest.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** {@code DELETE /api/v1/plugins/{id}}: done, and what was proposed to the registry. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record DeletedPlugin(boolean success, String message, ProposalView proposal) {
}
