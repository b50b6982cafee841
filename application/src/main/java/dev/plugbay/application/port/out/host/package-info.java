/**
 * Outgoing ports of the host side (HOST.md, RUNTIME.md): the host plugins' records and files, the
 * child processes that run their code, their logs, and plugin archives.
 */
package dev.plugbay.application.port.out.host;
