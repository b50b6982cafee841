/** Use cases of the registry mirror: sync now, and read the last sync. */
package dev.plugbay.application.port.in.registry;
