package dev.plugbay.application.port.in.installation;

/**
 * Install a plugin for the caller. A first install counts one download. With the plugin already
 * installed, a newer target version upgrades it; the same version is {@code ALREADY_INSTALLED};
 * an older one is {@code VERSION_CONFLICT}.
 */
public interface InstallPluginUseCase {

    InstallOutcome install(InstallCommand command);

    /** The installed plugin and whether this call installed it anew or upgraded it. */
    record InstallOutcome(InstalledPlugin installed, boolean upgraded) {
    }
}
