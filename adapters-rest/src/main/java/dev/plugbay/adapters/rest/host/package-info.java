/** The operator's host plugin routes at {@code /api/plugins} (HOST.md): loopback peers holding an {@code ADMIN} token only. */
package dev.plugbay.adapters.rest.host;
