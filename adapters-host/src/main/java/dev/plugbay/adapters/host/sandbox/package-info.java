/** The plugin sandbox on Linux: what this machine can enforce (probed once), Node's permission flags, the network namespace and the environment allowlist. */
package dev.plugbay.adapters.host.sandbox;
