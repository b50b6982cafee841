/** Plugbay's own settings bound in bootstrap (manifest rules, seeding) and the startup check of every bound setting. */
package dev.plugbay.bootstrap.settings;
