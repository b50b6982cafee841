/** Use cases of browsing: the catalog page, a plugin, and a STAC preview. */
package dev.plugbay.application.port.in.catalog;
