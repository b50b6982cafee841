/** The registry mirror's schedule: a sync every interval when a registry is configured. */
package dev.plugbay.bootstrap.registry;
