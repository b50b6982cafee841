/** The admin's registry routes: run a sync and read the last one. */
package dev.plugbay.adapters.rest.registry;
