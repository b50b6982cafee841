/** Where an outbound request may go: a user-supplied URL once the SSRF guard checked it, or an endpoint the operator configured. */
package dev.plugbay.adapters.github.outbound.guard;
