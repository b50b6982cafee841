/** What the persistence contracts share: one record of every persistence port over the same store, and the base class that opens it empty for each test. */
package dev.plugbay.contracts.persistence;
