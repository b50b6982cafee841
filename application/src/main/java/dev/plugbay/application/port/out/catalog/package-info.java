/** What the catalog use cases need stored: plugins and their search, downloads, the release ledger and the example catalog. */
package dev.plugbay.application.port.out.catalog;
