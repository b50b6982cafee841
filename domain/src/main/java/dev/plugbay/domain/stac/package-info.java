/** STAC trees (server-driven UI): the validator, its vocabulary and limits, template expressions and URL references. */
package dev.plugbay.domain.stac;
