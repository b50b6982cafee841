/** Use cases of the host plugin manager (HOST.md): install, lifecycle, config, scan, views and logs, and running the active plugins. */
package dev.plugbay.application.port.in.host;
