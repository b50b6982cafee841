/** Use cases of a user's installations: install (and upgrade), toggle, uninstall and list. */
package dev.plugbay.application.port.in.installation;
