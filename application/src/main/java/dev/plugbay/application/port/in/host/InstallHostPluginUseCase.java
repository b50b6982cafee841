package dev.plugbay.application.port.in.host;

/** HOST.md "Local install" and "Upgrade": {@code POST /api/plugins {path}}. */
public interface InstallHostPluginUseCase {

    /** Installs, or upgrades, the plugin in the folder {@code path} names; refusals as HOST.md's numbered steps say. */
    InstallOutcome install(String path);
}
