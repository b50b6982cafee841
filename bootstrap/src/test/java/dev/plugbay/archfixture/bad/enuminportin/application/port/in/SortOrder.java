package dev.plugbay.archfixture.bad.enuminportin.application.port.in;

/** Broken on purpose: an enum in {@code port.in}, which holds only interfaces and records. */
public enum SortOrder {
    NAME,
    DOWNLOADS
}
