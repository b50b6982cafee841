/** The Invenicum registry's layout (index, entries, defaults), and what a catalog change proposed to the registry. */
package dev.plugbay.domain.registry;
