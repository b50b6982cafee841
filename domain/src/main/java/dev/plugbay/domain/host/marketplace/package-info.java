/** The host's plugin marketplace (HOST.md "Remote marketplace"): registry entries, the registry document, and search. */
package dev.plugbay.domain.host.marketplace;
