/** Following one request through the logs: its id, in the response and in every log line written for it. */
package dev.plugbay.adapters.rest.tracing;
