/** The catalog's routes: browse the community list, a plugin's detail and the STAC preview, with entity tags and rendered pages kept. */
package dev.plugbay.adapters.rest.catalog;
