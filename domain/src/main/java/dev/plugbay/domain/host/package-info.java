/**
 * Code plugins installed on this host (HOST.md, RUNTIME.md; the OmniRoute model): the plugin and its
 * lifecycle with the hooks each step delivers, upgrades that keep config, the rules on the folder a
 * local install reads and on links inside a plugin tree, and the crash policy of running plugins.
 */
package dev.plugbay.domain.host;
