/** Installation use cases: a user's install, upgrade, toggle and uninstall of marketplace plugins. */
package dev.plugbay.application.service.installation;
