/** Writing the domain's JSON values in HTTP answers. */
package dev.plugbay.adapters.rest.json;
