package dev.plugbay.adapters.rest.authoring;

import io.micronaut.serde.annotation.Serdeable;

/** {@code DELETE /api/v1/plugins/{id}}: done, and what was proposed to the registry. */
@Serdeable
record DeletedPlugin(boolean success, String message, ProposalView proposal) {
}
