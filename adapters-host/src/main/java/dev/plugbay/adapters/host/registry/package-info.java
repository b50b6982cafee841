/** The directory registry: a plugin registry in the Invenicum layout in a local directory or git checkout, read and written in place. */
package dev.plugbay.adapters.host.registry;
