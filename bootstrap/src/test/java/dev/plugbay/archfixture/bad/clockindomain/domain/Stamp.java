package dev.plugbay.archfixture.bad.clockindomain.domain;

import java.time.Instant;

public record Stamp(Instant at) {
    public static Stamp now() {
        return new Stamp(Instant.now());
    }
}
