/** Driven adapter for this host's own files and processes: what Plugbay reads, writes and runs on the machine it runs on. */
package dev.plugbay.adapters.host;
