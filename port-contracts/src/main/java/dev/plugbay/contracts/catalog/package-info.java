/** The contracts of the catalog ports: reads and writes, the example catalog claim, download counts and the release ledger. */
package dev.plugbay.contracts.catalog;
