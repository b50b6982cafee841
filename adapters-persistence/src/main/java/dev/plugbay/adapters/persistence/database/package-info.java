/** Which database the adapter runs on, the one answer every H2- or PostgreSQL-specific choice asks. */
package dev.plugbay.adapters.persistence.database;
