/** The built-in plugins: archives and seed index packed into the jar by the build, read from the class path. */
package dev.plugbay.adapters.host.bundled;
