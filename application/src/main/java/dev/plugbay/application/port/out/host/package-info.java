/** Outgoing ports of the host side (HOST.md, RUNTIME.md): the child processes that run host plugins' code, their logs, and plugin archives. */
package dev.plugbay.application.port.out.host;
