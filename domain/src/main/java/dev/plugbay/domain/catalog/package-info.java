/** The {@code Plugin} aggregate with its release history, and how the catalog is queried and paged. */
package dev.plugbay.domain.catalog;
