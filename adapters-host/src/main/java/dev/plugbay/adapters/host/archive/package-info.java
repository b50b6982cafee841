/** Plugin archives (zip and gzip-compressed tar) extracted under Plugbay's own rules: names, entry types, caps and modes. */
package dev.plugbay.adapters.host.archive;
