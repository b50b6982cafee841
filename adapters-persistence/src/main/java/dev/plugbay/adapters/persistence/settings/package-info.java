/** Named settings rows: the example catalog's claim and the host's settings. */
package dev.plugbay.adapters.persistence.settings;
