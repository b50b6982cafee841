/** The example plugins shipped in the jar, read from the classpath for the first start's seed. */
package dev.plugbay.adapters.persistence.examples;
