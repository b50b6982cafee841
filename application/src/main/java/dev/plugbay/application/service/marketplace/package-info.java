/** The host's plugin marketplace: the remote registry with its seed fallback, staging of archives, and the saved registry URL. */
package dev.plugbay.application.service.marketplace;
