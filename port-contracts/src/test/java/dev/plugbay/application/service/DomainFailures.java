package dev.plugbay.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import org.junit.jupiter.api.function.Executable;

/** The one assertion every use-case test shares: a call fails with a domain code. */
public final class DomainFailures {

    private DomainFailures() {
    }

    public static void assertCode(ErrorCode expected, Executable call) {
        DomainException failure = assertThrows(DomainException.class, call);
        assertEquals(expected, failure.code(), failure.getMessage());
    }
}
