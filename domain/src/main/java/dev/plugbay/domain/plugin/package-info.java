/** The plugin's value types ({@code PluginId}, {@code Slot}, {@code Tag}, {@code License}); the {@code Plugin} aggregate is in {@code domain.catalog}, because it holds manifests and {@code manifest} uses these types, so here the two packages would depend on each other. */
package dev.plugbay.domain.plugin;
