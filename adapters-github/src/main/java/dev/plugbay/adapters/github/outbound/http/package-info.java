/** The pinned HTTP client: one exchange with an outbound target, on its looked-up addresses only, no redirects, time and size limits. */
package dev.plugbay.adapters.github.outbound.http;
