/** The contracts of this host's ports: bundled plugins, plugin archives, plugin logs and plugin processes. */
package dev.plugbay.contracts.host;
