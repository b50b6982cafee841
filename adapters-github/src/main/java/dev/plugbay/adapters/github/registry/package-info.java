/** GitHub's REST API and raw content, as the registry mirror's reader and the authors' publisher use them. */
package dev.plugbay.adapters.github.registry;
