/** The host adapter's settings ({@code plugbay.plugins.*}), bound once and handed inward as plain records. */
package dev.plugbay.adapters.host.settings;
