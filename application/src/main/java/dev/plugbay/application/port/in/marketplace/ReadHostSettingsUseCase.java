package dev.plugbay.application.port.in.marketplace;

/** Read the host's settings (HOST.md {@code GET /api/settings}). */
public interface ReadHostSettingsUseCase {

    HostSettingsView settings();
}
