package dev.plugbay.archfixture.bad.classinportin.application.port.in;

/** Broken on purpose: a class with behaviour in {@code port.in}, where only use-case interfaces and records belong. */
public final class CatalogFilter {

    public boolean accepts(String id) {
        return !id.isBlank();
    }
}
