/** Who may see and who may modify a plugin, answered as a {@code Decision}. */
package dev.plugbay.domain.policy;
