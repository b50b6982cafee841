/** The contract of the unit of work. */
package dev.plugbay.contracts.transaction;
