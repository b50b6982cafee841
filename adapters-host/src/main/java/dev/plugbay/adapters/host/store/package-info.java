/** Host plugins' files on this machine (HOST.md "Local install", "Scan", crash safety), behind the {@code PluginStore} port. */
package dev.plugbay.adapters.host.store;
