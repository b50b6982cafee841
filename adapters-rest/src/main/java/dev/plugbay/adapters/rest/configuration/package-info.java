/** The REST adapter's own framework configuration (HTTP limits, API documentation, security rules), loaded from its jar. */
package dev.plugbay.adapters.rest.configuration;
