/** Users' installation routes: install (and upgrade), toggle, uninstall and list. */
package dev.plugbay.adapters.rest.installation;
