/**
 * Use cases of the host's plugin marketplace (HOST.md "Remote marketplace", "One-click install",
 * "Settings"): the listing, fetching a listed plugin's archive into staging, and the saved registry URL.
 */
package dev.plugbay.application.port.in.marketplace;
