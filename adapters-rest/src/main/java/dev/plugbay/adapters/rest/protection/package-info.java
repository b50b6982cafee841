/**
 * Protection under load: per-caller request budgets (429 {@code RATE_LIMITED}) and the bound on
 * requests in flight (503 {@code OVERLOADED}), both counted in this instance's memory.
 */
package dev.plugbay.adapters.rest.protection;
