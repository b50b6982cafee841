/** The REST adapter's own framework configuration (HTTP limits, API documentation, security rules), loaded from its jar, and the Reactor scheduler of its blocking work. */
package dev.plugbay.adapters.rest.configuration;
