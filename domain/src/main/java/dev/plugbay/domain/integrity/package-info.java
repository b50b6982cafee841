/** Integrity pins (SRI) and archive digests, compared in constant time and failing closed. */
package dev.plugbay.domain.integrity;
