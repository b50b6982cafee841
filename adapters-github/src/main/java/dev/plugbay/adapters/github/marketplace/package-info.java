/** The host marketplace's calls to the web (HOST.md "Remote marketplace", "One-click install"), through the outbound guard. */
package dev.plugbay.adapters.github.marketplace;
