/** A user's installation of a plugin: its lifecycle states, the marketplace switch, and whether a release over it is an upgrade. */
package dev.plugbay.domain.installation;
