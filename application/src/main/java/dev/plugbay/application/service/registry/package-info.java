/** Registry use cases: mirror the GitHub (or directory) registry into the catalog and record each sync. */
package dev.plugbay.application.service.registry;
