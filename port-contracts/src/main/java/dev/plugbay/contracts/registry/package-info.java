/** The contracts of the registry ports: reading and publishing to a plugin registry, and fetching a document from a user-supplied URL. */
package dev.plugbay.contracts.registry;
