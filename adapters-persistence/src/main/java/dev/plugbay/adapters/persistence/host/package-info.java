/** The code plugins installed on this host (HOST.md), in the {@code host_plugin} table. */
package dev.plugbay.adapters.persistence.host;
