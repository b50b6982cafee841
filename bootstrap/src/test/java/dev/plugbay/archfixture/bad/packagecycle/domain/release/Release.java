package dev.plugbay.archfixture.bad.packagecycle.domain.release;

import dev.plugbay.archfixture.bad.packagecycle.domain.plugin.Plugin;

public record Release(String version, Plugin plugin) {
}
