/** The plugin manifest: every field rule of a document, its hooks and permissions, and stored manifests read back leniently. */
package dev.plugbay.domain.manifest;
