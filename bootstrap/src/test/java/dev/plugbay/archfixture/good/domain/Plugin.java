package dev.plugbay.archfixture.good.domain;

import java.time.Instant;

public record Plugin(String id, Instant updatedAt) {
}
