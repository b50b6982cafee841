/** Who may read the metrics at {@code /prometheus} (a token with role {@code ADMIN}, or a caller on this machine), and the host plugin calls exported there. */
package dev.plugbay.adapters.rest.metrics;
