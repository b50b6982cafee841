/** The contract of the installations port. */
package dev.plugbay.contracts.installation;
