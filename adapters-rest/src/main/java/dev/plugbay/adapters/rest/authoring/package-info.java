/** Authors' routes: create, update, delete and validate a plugin, with what was proposed to the registry. */
package dev.plugbay.adapters.rest.authoring;
