/** Test support: this machine's probed capabilities, runtimes built on them, and plugin folders. */
package dev.plugbay.adapters.host.testing;
