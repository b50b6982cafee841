package dev.plugbay.application.port.in.host;

/** Plugbay's own start and stop, for the host plugins (HOST.md "Lifecycle" restart, RUNTIME.md graceful shutdown). */
public interface RunHostPluginsUseCase {

    /**
     * At startup: removes crash residue, marks plugins whose folder vanished as {@code error}, and
     * starts every plugin stored as {@code active} again (onActivate {@code restart}); one that fails
     * goes to {@code error}.
     */
    void startAll();

    /** At shutdown: onDeactivate ({@code shutdown}) to each process within a short total budget, then every process stops. Statuses are kept. */
    void stopAll();
}
