/** Who may read the metrics at {@code /prometheus}: a token with role {@code ADMIN}, or a caller on this machine. */
package dev.plugbay.adapters.rest.metrics;
