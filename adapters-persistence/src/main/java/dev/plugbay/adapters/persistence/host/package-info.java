/**
 * The code plugins installed on this host (HOST.md), in the {@code host_plugin} table; the host's
 * id, which keys every host row (V11), and the claim of the rows stored before host ids.
 */
package dev.plugbay.adapters.persistence.host;
