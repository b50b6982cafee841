/** Flyway's setup: the placeholder that gives text keys the same order on H2 and PostgreSQL. */
package dev.plugbay.adapters.persistence.schema;
