/** The REST adapter's own framework configuration (HTTP limits, API documentation, security rules), loaded from its jar, the Reactor scheduler of its blocking work, and the installer of its own Netty handlers. */
package dev.plugbay.adapters.rest.configuration;
