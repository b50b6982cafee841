/** Catalog use cases: browse and read plugins, and the visibility rule applied to every read. */
package dev.plugbay.application.service.catalog;
