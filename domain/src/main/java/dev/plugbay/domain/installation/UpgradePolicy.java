package dev.plugbay.domain.installation;

import dev.plugbay.domain.error.AlreadyInstalledException;
import dev.plugbay.domain.error.VersionConflictException;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;

/**
 * Whether installing a release over an installed one is an upgrade. Only a strictly newer release
 * (SemVer precedence, build metadata ignored) is; the two owners of installations answer the rest
 * differently.
 */
public enum UpgradePolicy {

    /** A marketplace user (the Invenicum model): the same release is {@code ALREADY_INSTALLED}, an older one {@code VERSION_CONFLICT}. */
    MARKETPLACE {
        @Override
        public void requireUpgrade(PluginId id, SemanticVersion installed, SemanticVersion offered) {
            int comparison = offered.compareTo(installed);
            if (comparison == 0) {
                throw new AlreadyInstalledException("Plugin " + id + " " + installed + " is already installed");
            }
            if (comparison < 0) {
                throw new VersionConflictException("Plugin " + id + " " + installed + " is installed; " + offered
                        + " is older");
            }
        }
    },

    /** The host (the OmniRoute model): the same or an older release is {@code VERSION_CONFLICT}. */
    HOST {
        @Override
        public void requireUpgrade(PluginId id, SemanticVersion installed, SemanticVersion offered) {
            if (offered.compareTo(installed) <= 0) {
                throw new VersionConflictException("Plugin '" + id + "' is installed at " + installed + "; " + offered
                        + " is not newer");
            }
        }
    };

    /** Returns when {@code offered} upgrades {@code installed}; otherwise throws this owner's refusal. */
    public abstract void requireUpgrade(PluginId id, SemanticVersion installed, SemanticVersion offered);
}
