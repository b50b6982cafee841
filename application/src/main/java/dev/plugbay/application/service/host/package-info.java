/**
 * The host plugin manager (HOST.md, RUNTIME.md): local installs and upgrades, the lifecycle with its
 * hooks, config, scan, views, and the supervision of running plugins (respawn with backoff, crash loop).
 */
package dev.plugbay.application.service.host;
