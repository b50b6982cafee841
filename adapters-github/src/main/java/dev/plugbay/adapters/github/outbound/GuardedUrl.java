package dev.plugbay.adapters.github.outbound;

import dev.plugbay.adapters.github.http.Destination;

/** A URL that passed the guard: where to connect (the checked addresses only), and the request target (path and query). */
public record GuardedUrl(Destination destination, String requestTarget) {
}
