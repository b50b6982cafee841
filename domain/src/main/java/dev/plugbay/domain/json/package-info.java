/** A strict, dependency-free JSON model, reader and writer, parked in the core because every adapter reads JSON with it. */
package dev.plugbay.domain.json;
