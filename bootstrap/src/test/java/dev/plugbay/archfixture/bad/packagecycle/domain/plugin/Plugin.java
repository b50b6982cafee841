package dev.plugbay.archfixture.bad.packagecycle.domain.plugin;

import dev.plugbay.archfixture.bad.packagecycle.domain.release.Release;

public record Plugin(String id, Release latest) {
}
