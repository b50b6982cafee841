/** What the registry use cases need from outside: the registry's entries, proposals to it, and documents fetched by URL. */
package dev.plugbay.application.port.out.registry;
