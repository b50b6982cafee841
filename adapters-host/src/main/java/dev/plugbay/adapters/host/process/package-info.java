/** Plugin processes: launching them, the line-based JSON wire protocol, calls in flight with their timeouts, and stopping a process with everything it started. */
package dev.plugbay.adapters.host.process;
