/** Authoring use cases: create, update and delete a plugin, validate a manifest, preview STAC, and the unit of work that withdraws a GitHub proposal when the transaction fails. */
package dev.plugbay.application.service.authoring;
