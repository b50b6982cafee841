/** Plugbay's own meters beside the framework's: registry syncs, and the link that lets the adapters' meters reach the registry. */
package dev.plugbay.bootstrap.metrics;
