/**
 * The probes beside {@code /health}: liveness, and readiness (the database and, when configured, the
 * age of the registry's last successful sync). {@code /health} itself stays "the database answers".
 */
package dev.plugbay.bootstrap.health;
