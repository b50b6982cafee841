/** The in-memory implementation of every outgoing port, which passes its contract and is the reference every adapter is held against; and every use case wired on them. */
package dev.plugbay.contracts.memory;
