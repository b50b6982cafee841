/** Outbound web calls to user-supplied URLs (always through the guard) and the {@code plugbay.outbound} settings. */
package dev.plugbay.adapters.github.outbound;
