/** Cross-origin access to the marketplace API for browser clients on the origins the operator allows. */
package dev.plugbay.adapters.rest.cors;
