package dev.plugbay.application.port.in.marketplace;

import dev.plugbay.domain.json.JsonObject;

/**
 * Change the host's settings (HOST.md {@code PATCH /api/settings}): only the members given change;
 * {@code {}} changes nothing. A saved registry URL is used from the next listing on.
 */
public interface UpdateHostSettingsUseCase {

    /** The longest registry URL, in characters once trimmed. */
    int MAX_URL_LENGTH = 2048;

    /**
     * @param patch the request body
     * @return the settings after the change
     * @throws dev.plugbay.domain.error.InvalidRequestException an unknown member (named), a
     *         {@code pluginMarketplaceUrl} that is neither a string nor null, or longer than {@link #MAX_URL_LENGTH}
     * @throws dev.plugbay.domain.error.UrlNotAllowedException the URL breaks a rule of the outbound guard
     *         that needs no lookup (scheme, userinfo, allowed host, literal non-public address)
     */
    HostSettingsView update(JsonObject patch);
}
