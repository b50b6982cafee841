/** The head of the OpenAPI document generated from the controllers at build time. */
package dev.plugbay.adapters.rest.openapi;
