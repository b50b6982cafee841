/** The one error body: each code's HTTP status, and the domain's and the framework's failures answered alike. */
package dev.plugbay.adapters.rest.error;
